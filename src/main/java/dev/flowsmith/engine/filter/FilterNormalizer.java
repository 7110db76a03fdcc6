package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * engine.md §7.1: Directus' {@code parseFilter(filter, accountability, {}, true)}. Shorthand
 * values become {@code _eq}, objects with several entries become {@code _and}, list operands
 * become arrays, dynamic variables are resolved (no "true"/"null" coercion since api 28), and
 * every {@code _and}/{@code _or} under a field is lifted to the top. Malformed shapes fail with
 * the TypeErrors the JS code runs into.
 */
final class FilterNormalizer {

  private static final Set<String> LIST_OPERATORS = Set.of("_in", "_nin", "_between", "_nbetween");
  private static final Set<String> GEO_OPERATORS =
      Set.of("_intersects", "_nintersects", "_intersects_bbox", "_nintersects_bbox");

  private final DynamicVariables variables;

  FilterNormalizer(DynamicVariables variables) {
    this.variables = variables;
  }

  /** The normalised filter, or null when the filter is null or undefined (the condition passes). */
  @Nullable JsObject normalize(JsValue filter) {
    JsValue parsed = parse(filter);
    return parsed.isNullish() ? null : liftLogical(parsed);
  }

  /** {@code parseFilterRecursive}: null for a nullish filter. */
  private JsValue parse(JsValue filter) {
    if (filter.isNullish()) {
      return JsValue.NULL;
    }
    if (!filter.isObject()) {
      return JsObject.of("_eq", variables.resolve(filter));
    }
    List<JsValue> entries = new ArrayList<>();
    for (Map.Entry<String, JsValue> entry : JsProperties.entries(filter)) {
      entries.add(parseEntry(entry.getKey(), entry.getValue()));
    }
    if (entries.isEmpty()) {
      return JsObject.EMPTY;
    }
    return entries.size() == 1 ? entries.get(0) : JsObject.of("_and", new JsArray(entries));
  }

  private JsValue parseEntry(String key, JsValue value) {
    if (key.equals("_or") || key.equals("_and")) {
      if (!(value instanceof JsArray list)) {
        throw JsProperties.notAFunction(value, "value", "map");
      }
      List<JsValue> parsed = new ArrayList<>();
      list.elements().forEach(element -> parsed.add(parse(element)));
      return JsObject.of(key, new JsArray(parsed));
    }
    if (LIST_OPERATORS.contains(key)) {
      return JsObject.of(key, listOperand(value));
    }
    if (GEO_OPERATORS.contains(key)) {
      JsValue geometry = value instanceof JsString text ? JsJson.parse(text.value()) : value;
      return JsObject.of(key, variables.resolve(geometry));
    }
    if (key.startsWith("_") && !key.equals("_some") && !key.equals("_none")) {
      return JsObject.of(key, variables.resolve(value));
    }
    return JsObject.of(key, parse(value));
  }

  /**
   * {@code toArray(...).flatMap(parseDynamicVariable)}: a string is split on commas, an object
   * gives its values, a scalar is wrapped; each element is resolved and arrays are spread.
   */
  private JsArray listOperand(JsValue value) {
    List<JsValue> elements = new ArrayList<>();
    if (value instanceof JsString text) {
      for (String part : text.value().split(",", -1)) {
        elements.add(JsValue.of(part));
      }
    } else if (value instanceof JsArray array) {
      elements.addAll(array.elements());
    } else if (value.isObject()) {
      JsProperties.entries(value).forEach(entry -> elements.add(entry.getValue()));
    } else {
      elements.add(value);
    }
    List<JsValue> flat = new ArrayList<>();
    for (JsValue element : elements) {
      JsValue resolved = variables.resolve(element);
      if (resolved instanceof JsArray spread) {
        flat.addAll(spread.elements());
      } else {
        flat.add(resolved);
      }
    }
    return new JsArray(flat);
  }

  /** {@code shiftLogicalOperatorsUp}: only the first key of each level is looked at. */
  private static JsObject liftLogical(JsValue filter) {
    if (!(filter instanceof JsObject object)) {
      throw JsProperties.nullToObject(); // a sub-filter that parsed to null
    }
    String key = JsProperties.firstKey(object);
    if (key == null) {
      return object;
    }
    if (key.equals("_and") || key.equals("_or")) {
      List<JsValue> lifted = new ArrayList<>();
      ((JsArray) object.get(key)).elements().forEach(child -> lifted.add(liftLogical(child)));
      return JsObject.of(key, new JsArray(lifted));
    }
    if (key.startsWith("_")) {
      return object;
    }
    JsObject child = liftLogical(object.get(key));
    String childKey = JsProperties.firstKey(child);
    if (childKey != null && (childKey.equals("_and") || childKey.equals("_or"))) {
      List<JsValue> distributed = new ArrayList<>();
      ((JsArray) child.get(childKey)).elements().forEach(nested -> distributed.add(JsObject.of(key, nested)));
      return liftLogical(JsObject.of(childKey, new JsArray(distributed)));
    }
    return JsObject.of(key, child);
  }
}
