package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;

/** The rejections of the item services, worded as Directus 11.11 words them (@directus/errors). */
public final class ItemErrors {

  public static final String FORBIDDEN_MESSAGE = "You don't have permission to access this.";

  private ItemErrors() {}

  /**
   * {@code FORBIDDEN} without extensions: a missing item, a denied collection or an unknown field.
   * Directus 11.9–11.11 gives the same bare error for all of them (engine.md §6.4).
   */
  public static JsException forbidden() {
    return new JsException(JsError.directus("FORBIDDEN", 403, FORBIDDEN_MESSAGE, null));
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

  /** SQLite's UNIQUE / primary key constraint, as Directus translates it. */
  public static JsException notUnique(String collection, String field) {
    return new JsException(JsError.directus("RECORD_NOT_UNIQUE", 400,
        "Value for field \"" + field + "\" in collection \"" + collection + "\" has to be unique.",
        JsObject.of("collection", JsValue.of(collection), "field", JsValue.of(field))));
  }

  /** SQLite's FOREIGN KEY constraint: SQLite does not say which key, so neither does Directus. */
  public static JsException invalidForeignKey() {
    return new JsException(JsError.directus("INVALID_FOREIGN_KEY", 400, "Invalid foreign key.",
        JsObject.of("collection", JsValue.NULL, "field", JsValue.NULL)));
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
    String suffix = type.equals("required") ? " Value is required." : " Value can't be null.";
    JsObject extensions = JsObject.builder()
        .put("field", field).put("path", JsArray.EMPTY).put("type", type).build();
    return JsError.directus("FAILED_VALIDATION", 400,
        "Validation failed for field \"" + field + "\"." + suffix, extensions);
  }
}
