package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.QueryReader;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The option handling the four item operations share (engine.md §5.5, §6 "Permission resolution"). */
final class ItemOptions {

  private ItemOptions() {}

  /** {@code String(options.collection)}: a missing one names no collection and rejects in the store. */
  static String collection(JsObject options) {
    return JsStrings.toJsString(options.get("collection"));
  }

  /**
   * The accountability the {@code permissions} option selects, with {@code !!emitEvents}:
   * missing/empty/{@code $trigger} → the run's; {@code $full} → synthetic admin; {@code $public} →
   * synthetic public; anything else → the role with that id (unknown → rejects).
   */
  static ItemAccess access(JsObject options, OperationContext context, ItemStore store) {
    JsValue permissions = options.get("permissions");
    boolean emitEvents = options.get("emitEvents").isTruthy();
    String name = JsStrings.toJsString(permissions);
    JsValue accountability;
    if (!permissions.isTruthy() || name.equals("$trigger")) {
      accountability = context.accountability().isUndefined() ? JsValue.NULL : context.accountability();
    } else if (name.equals("$full")) {
      accountability = ItemAccess.fullAccountability();
    } else if (name.equals("$public")) {
      accountability = ItemAccess.publicAccountability();
    } else {
      accountability = store.accountabilityForRole(name);
    }
    return new ItemAccess(accountability, emitEvents);
  }

  /** engine.md §5.5 optionToObject: a string is parsed as JSON (a SyntaxError rejects). */
  static JsValue optionToObject(JsValue value) {
    return value instanceof JsString text ? JsJson.parse(text.value()) : value;
  }

  /** engine.md §5.5 toArray: a string split on "," without trimming, an array as is, else [value]. */
  static List<JsValue> toArray(JsValue value) {
    if (value instanceof JsString text) {
      List<JsValue> parts = new ArrayList<>();
      for (String part : text.value().split(",", -1)) {
        parts.add(JsValue.of(part));
      }
      return parts;
    }
    return value instanceof JsArray array ? array.elements() : List.of(value);
  }

  /** {@code !key || (Array.isArray(key) && key.length === 0)}: no key means "by query" (note {@code 0}). */
  static boolean noKey(JsValue key) {
    return !key.isTruthy() || key instanceof JsArray array && array.size() == 0;
  }

  /**
   * engine.md §6.4–§6.6 (api 30): no key → the by-query call, whose list becomes an array; one
   * key (after {@link #toArray}) → the single-key call's own result; several → their array.
   */
  static JsValue byKey(JsValue key, Supplier<List<? extends JsValue>> byQuery, Function<JsValue, JsValue> one,
      Function<List<JsValue>, List<? extends JsValue>> many) {
    if (noKey(key)) {
      return array(byQuery.get());
    }
    List<JsValue> keys = toArray(key);
    return keys.size() == 1 ? one.apply(keys.get(0)) : array(many.apply(keys));
  }

  /** The {@code query} option sanitized: {@code query ? optionToObject(query) : {}}. */
  static Query query(JsObject options) {
    JsValue query = options.get("query");
    return QueryReader.read(query.isTruthy() ? optionToObject(query) : JsObject.EMPTY);
  }

  static JsArray array(List<? extends JsValue> values) {
    return new JsArray(new ArrayList<>(values));
  }
}
