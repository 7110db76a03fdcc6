package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rejections of the item services, worded as Directus 11.11 words them (@directus/errors). */
public final class ItemErrors {

  public static final String FORBIDDEN_MESSAGE = "You don't have permission to access this.";

  private ItemErrors() {}

  /**
   * {@code FORBIDDEN} without extensions: what 11.11 answers for a key that is not there (readOne,
   * an o2m child key) and an unknown collection at the REST route. Denied collections, actions and
   * fields carry a reason instead (the methods below; recorded in src/test/resources/itemdiff).
   */
  public static JsException forbidden() {
    return new JsException(JsError.directus("FORBIDDEN", 403, FORBIDDEN_MESSAGE, null));
  }

  /** {@code FORBIDDEN} with the reason as message and {@code extensions.reason}, as 11.11 explains denials. */
  public static JsException forbidden(String reason) {
    return new JsException(JsError.directus("FORBIDDEN", 403, reason, JsObject.of("reason", JsValue.of(reason))));
  }

  /** A collection the caller may not read (or update or delete: those read first). */
  public static JsException collectionForbidden(String collection) {
    return collectionForbidden(collection, "");
  }

  /** The same for a related collection a query reaches at {@code path} ({@code "author.posts"}). */
  public static JsException collectionForbidden(String collection, String path) {
    return forbidden("You don't have permission to access collection \"" + collection
        + "\" or it does not exist." + queriedIn(path));
  }

  /** A create the caller has no permission for. */
  public static JsException createForbidden(String collection) {
    return forbidden("You don't have permission to \"create\" from collection \"" + collection
        + "\" or it does not exist.");
  }

  /** A delete of a key the caller may delete from the collection but that is not there (or not theirs). */
  public static JsException deleteForbidden(String collection) {
    return forbidden("You don't have permission to perform \"delete\" for collection \"" + collection
        + "\" or it does not exist.");
  }

  /** An update of a key the caller may update in the collection but that is not there (or not theirs). */
  public static JsException updateForbidden(String collection, List<String> fields) {
    return forbidden("You don't have permissions to perform \"update\" for the field(s) " + quoted(fields)
        + " in collection \"" + collection + "\" or it does not exist.");
  }

  /**
   * Fields the caller may not use or that do not exist. {@code path} is where a query met them
   * ({@code ""} for the root, {@code "author.posts"} below); null for a payload, which names no place.
   */
  public static JsException fieldsForbidden(String collection, List<String> fields, @Nullable String path) {
    String what = fields.size() == 1 ? "field " : "fields ";
    String exist = fields.size() == 1 ? " or it does not exist." : " or they do not exist.";
    String where = path == null ? "" : queriedIn(path);
    return forbidden("You don't have permission to access " + what + quoted(fields) + " in collection \""
        + collection + "\"" + exist + where);
  }

  private static String queriedIn(String path) {
    return path.isEmpty() ? " Queried in root." : " Queried in \"" + path + "\".";
  }

  private static String quoted(List<String> fields) {
    return "\"" + String.join("\", \"", fields) + "\"";
  }

  public static JsException invalidQuery(String reason) {
    return new JsException(JsError.directus("INVALID_QUERY", 400, "Invalid query. " + reason + ".",
        JsObject.of("reason", JsValue.of(reason))));
  }

  public static JsException invalidPayload(String reason) {
    return new JsException(JsError.directus("INVALID_PAYLOAD", 400, "Invalid payload. " + reason + ".",
        JsObject.of("reason", JsValue.of(reason))));
  }

  /** SQLite's NOT NULL constraint, as Directus translates it. */
  public static JsException notNull(String collection, String field) {
    return new JsException(JsError.directus("NOT_NULL_VIOLATION", 400,
        "Value for field \"" + field + "\" in collection \"" + collection + "\" can't be null.",
        JsObject.of("collection", JsValue.of(collection), "field", JsValue.of(field))));
  }

  /** SQLite's UNIQUE / primary key constraint, as Directus 11.11 translates it: with the value. */
  public static JsException notUnique(String collection, String field, JsValue value) {
    String shown = value.isNullish() ? "" : "\"" + JsStrings.toJsString(value) + "\" ";
    return new JsException(JsError.directus("RECORD_NOT_UNIQUE", 400,
        "Value " + shown + "for field \"" + field + "\" in collection \"" + collection + "\" has to be unique.",
        JsObject.builder().put("collection", collection).put("field", field).put("value", value).build()));
  }

  /** SQLite's FOREIGN KEY constraint: SQLite does not say which key, so neither does Directus. */
  public static JsException invalidForeignKey() {
    return new JsException(JsError.directus("INVALID_FOREIGN_KEY", 400, "Invalid foreign key.",
        JsObject.builder().put("collection", JsValue.NULL).put("field", JsValue.NULL).put("value", JsValue.NULL).build()));
  }

  /**
   * An unknown collection: ItemsService reads {@code schema.collections[collection].primary} first,
   * so the real server rejects with this TypeError (engine.md §7.6).
   */
  public static JsException unknownCollection() {
    return JsException.of("TypeError", "Cannot read properties of undefined (reading 'primary')");
  }

  /**
   * One FAILED_VALIDATION error of a payload check on a top-level field; {@code type} is
   * {@code required} (not submitted) or {@code nnull} (null).
   */
  public static JsError failedValidation(String field, String type) {
    return failedValidation(field, type, List.of());
  }

  /**
   * The same for a nested item: {@code path} names the relational fields it was reached through
   * ({@code ["posts"]}), and the message says where ({@code at "posts"}).
   */
  public static JsError failedValidation(String field, String type, List<String> path) {
    String suffix = type.equals("required") ? " Value is required." : " Value can't be null.";
    List<JsValue> steps = new ArrayList<>();
    path.forEach(step -> steps.add(JsValue.of(step)));
    JsObject extensions = JsObject.builder()
        .put("field", field).put("path", new JsArray(steps)).put("type", type).build();
    String at = path.isEmpty() ? "" : " at \"" + String.join(".", path) + "\"";
    return JsError.directus("FAILED_VALIDATION", 400,
        "Validation failed for field \"" + field + "\"" + at + "." + suffix, extensions);
  }

  /** A malformed o2m value: not an array and not a {@code {create, update, delete}} object. */
  public static JsException invalidOneToMany(String detail) {
    return invalidPayload("Invalid one-to-many update structure: " + detail);
  }
}
