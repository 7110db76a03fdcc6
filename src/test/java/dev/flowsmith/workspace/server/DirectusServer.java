package dev.flowsmith.workspace.server;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The real server of the {@code directus} tests (env DIRECTUS_URL / DIRECTUS_TOKEN, defaults as the
 * pom's profile), and collections with random names that tests create and drop.
 */
public final class DirectusServer {

  private static final Set<String> SCHEMA_KEYS = Set.of("is_primary_key", "has_auto_increment", "default_value",
      "is_nullable", "is_unique", "max_length", "numeric_precision", "numeric_scale");
  private static final Set<String> META_KEYS = Set.of("special", "hidden", "interface", "options", "readonly",
      "required", "sort", "note");

  private DirectusServer() {}

  public static URI url() {
    String url = System.getenv("DIRECTUS_URL");
    return URI.create(url == null || url.isBlank() ? "http://127.0.0.1:8055" : url);
  }

  public static String token() {
    String token = System.getenv("DIRECTUS_TOKEN");
    return token == null || token.isBlank() ? "dxo-static-admin-token" : token;
  }

  public static DirectusHttp client() {
    return new DirectusHttp(url(), token());
  }

  /** A collection name no other test or engineer uses. */
  public static String randomName(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** Creates {@code name} on the server with the fields {@code collection} has in a schema snapshot file. */
  public static void createFromSnapshot(Path snapshot, String collection, String name) throws Exception {
    JsonObject root = (JsonObject) JsonText.parseValue(Files.readString(snapshot));
    if (root.get("data").orElse(null) instanceof JsonObject data) {
      root = data;
    }
    List<JsonValue> fields = new ArrayList<>();
    for (JsonValue value : ((JsonArray) root.get("fields").orElseThrow()).elements()) {
      JsonObject field = (JsonObject) value;
      if (!field.string("collection").orElse("").equals(collection)) {
        continue;
      }
      fields.add(JsonObject.builder().put("field", field.get("field").orElseThrow())
          .put("type", field.get("type").orElseThrow())
          .put("meta", only(field.get("meta").orElse(JsonValue.NULL), META_KEYS))
          .put("schema", only(field.get("schema").orElse(JsonValue.NULL), SCHEMA_KEYS)).build());
    }
    createCollection(name, new JsonArray(fields));
  }

  public static void createCollection(String name, JsonArray fields) throws Exception {
    client().post("/collections", JsonObject.builder().put("collection", name)
        .put("meta", JsonObject.builder().put("note", "made by a Flowsmith test; deleted after it").build())
        .put("schema", JsonObject.EMPTY).put("fields", fields).build());
  }

  public static void dropCollection(String name) {
    try {
      client().delete("/collections/" + name, null);
    } catch (DirectusCallException gone) {
      // never created, or already dropped
    }
  }

  private static JsonValue only(JsonValue value, Set<String> keys) {
    if (!(value instanceof JsonObject object)) {
      return JsonObject.EMPTY;
    }
    JsonObject.Builder kept = JsonObject.builder();
    object.members().forEach((key, member) -> {
      if (keys.contains(key)) {
        kept.put(key, member);
      }
    });
    return kept.build();
  }
}
