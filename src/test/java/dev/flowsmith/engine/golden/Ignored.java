package dev.flowsmith.engine.golden;

import dev.flowsmith.engine.template.PathLookup;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths of a golden case's {@code ignore.json} (values that may differ run to run).
 * {@code chain.…} and {@code steps[…]} paths point into {@code expected.json}; {@code after.…}
 * paths into the rows of {@code after.json}, where {@code [*]} stands for every row
 * ({@code after.lead_retry_queue[*].date_created}: a column the server sets).
 */
final class Ignored {

  static final String AFTER = "after.";

  private Ignored() {}

  /** The value with each ignored path (of {@code expected.json}) replaced by {@code "<ignored>"}. */
  static JsValue strip(JsValue value, List<String> paths) {
    JsValue result = value;
    for (String path : paths) {
      if (!path.startsWith(AFTER)) {
        result = replace(result, PathLookup.names(path), 0, false);
      }
    }
    return result;
  }

  /**
   * {@code after} ({@code {collection: rows}}) without the ignored {@code after.…} paths: the
   * golden files leave those columns out, so they are dropped rather than replaced.
   */
  static JsValue withoutIgnoredColumns(JsValue after, List<String> paths) {
    JsValue result = after;
    for (String path : paths) {
      if (path.startsWith(AFTER)) {
        result = replace(result, PathLookup.names(path.substring(AFTER.length())), 0, true);
      }
    }
    return result;
  }

  private static JsValue replace(JsValue value, List<String> names, int index, boolean drop) {
    String name = names.get(index);
    boolean last = index == names.size() - 1;
    if (value instanceof JsObject object && object.has(name)) {
      if (last) {
        return drop ? object.without(name) : object.with(name, JsValue.of("<ignored>"));
      }
      return object.with(name, replace(object.get(name), names, index + 1, drop));
    }
    if (value instanceof JsArray array && !last && name.equals("*")) {
      List<JsValue> elements = new ArrayList<>();
      array.elements().forEach(element -> elements.add(replace(element, names, index + 1, drop)));
      return new JsArray(elements);
    }
    if (value instanceof JsArray array && name.matches("\\d+") && Integer.parseInt(name) < array.size()) {
      List<JsValue> elements = new ArrayList<>(array.elements());
      int i = Integer.parseInt(name);
      elements.set(i, last ? JsValue.of("<ignored>") : replace(elements.get(i), names, index + 1, drop));
      return new JsArray(elements);
    }
    return value;
  }
}
