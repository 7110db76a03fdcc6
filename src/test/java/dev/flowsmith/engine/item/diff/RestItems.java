package dev.flowsmith.engine.item.diff;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemErrors;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.QueryReader;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What Directus's {@code /items/:collection} routes do with an item service, answered as the
 * recorder keeps the server's answers: {@code {status, data}} or {@code {status, errors}}. The
 * routes read back what they wrote with the request's query and answer 204 when that read is
 * forbidden; a delete answers 204.
 */
final class RestItems {

  private final ItemStore store;

  RestItems(ItemStore store) {
    this.store = store;
  }

  JsObject answer(String method, String collection, JsValue key, JsValue body, JsValue rawQuery, ItemAccess access) {
    try {
      if (store.schema().collection(collection).isEmpty()) {
        // the route checks the collection before any service runs
        throw ItemErrors.forbidden();
      }
      Query query = QueryReader.readForRoute(rawQuery);
      return switch (method) {
        case "GET" -> ok(key.isUndefined()
            ? new JsArray(new ArrayList<JsValue>(store.readByQuery(collection, query, access)))
            : store.readOne(collection, key, query, access));
        case "POST" -> {
          if (body instanceof JsArray items) {
            List<JsValue> keys = store.createMany(collection, items.elements(), access);
            yield readBack(() -> many(collection, keys, query, access));
          }
          JsValue created = store.createOne(collection, body, access);
          yield readBack(() -> store.readOne(collection, created, query, access));
        }
        case "PATCH" -> patch(collection, key, body, query, access);
        case "DELETE" -> {
          store.deleteOne(collection, key, access);
          yield noContent();
        }
        default -> throw new IllegalArgumentException("No route for " + method);
      };
    } catch (JsException rejection) {
      return errors(rejection.value());
    }
  }

  private JsObject patch(String collection, JsValue key, JsValue body, Query query, ItemAccess access) {
    if (!key.isUndefined()) {
      JsValue updated = store.updateOne(collection, key, (JsObject) body, access);
      return readBack(() -> store.readOne(collection, updated, query, access));
    }
    if (body instanceof JsArray items) {
      List<JsValue> keys = store.updateBatch(collection, items.elements(), access);
      return readBack(() -> many(collection, keys, query, access));
    }
    JsObject byKeys = (JsObject) body;
    List<JsValue> keys = ((JsArray) byKeys.get("keys")).elements();
    List<JsValue> updated = store.updateMany(collection, keys, (JsObject) byKeys.get("data"), access);
    return readBack(() -> many(collection, updated, query, access));
  }

  private JsValue many(String collection, List<JsValue> keys, Query query, ItemAccess access) {
    return new JsArray(new ArrayList<JsValue>(store.readMany(collection, keys, query, access)));
  }

  /** The write happened; a read-back the caller may not do answers 204 instead of the item. */
  private static JsObject readBack(java.util.function.Supplier<JsValue> read) {
    JsValue data;
    try {
      data = read.get();
    } catch (JsException rejection) {
      if (rejection.value() instanceof JsError error && "FORBIDDEN".equals(code(error))) {
        return noContent();
      }
      throw rejection;
    }
    return ok(data);
  }

  private static JsObject ok(JsValue data) {
    return JsObject.builder().put("status", 200).put("data", data).build();
  }

  private static JsObject noContent() {
    return JsObject.builder().put("status", 204).put("data", JsValue.NULL).build();
  }

  /** The REST error body: each Directus error as {message, extensions: {…, code}}; others are 500s. */
  static JsObject errors(JsValue rejection) {
    List<JsValue> list = rejection instanceof JsArray array ? array.elements() : List.of(rejection);
    List<JsValue> entries = new ArrayList<>();
    int status = 500;
    for (JsValue each : list) {
      JsError error = each instanceof JsError e ? e : JsError.error(String.valueOf(each));
      String code = code(error);
      JsObject.Builder extensions = JsObject.builder();
      if (code == null) {
        code = "INTERNAL_SERVER_ERROR";
      } else {
        if (error.properties().get("extensions") instanceof JsObject given) {
          extensions.putAll(given);
        }
        status = (int) ((dev.flowsmith.engine.value.JsNumber) error.properties().get("status")).value();
      }
      extensions.put("code", code);
      entries.add(JsObject.builder().put("message", error.message()).put("extensions", extensions.build()).build());
    }
    return JsObject.builder().put("status", status).put("errors", new JsArray(entries)).build();
  }

  private static String code(JsError error) {
    return error.isDirectusError() && error.properties().get("code") instanceof dev.flowsmith.engine.value.JsString s
        ? s.value() : null;
  }
}
