package dev.flowsmith.engine.golden;

import dev.flowsmith.engine.template.PathLookup;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/** Removes the paths of a golden case's {@code ignore.json} (values that may differ run to run). */
final class Ignored {

  private Ignored() {}

  static JsValue strip(JsValue value, List<String> paths) {
    JsValue result = value;
    for (String path : paths) {
      result = replace(result, PathLookup.names(path), 0);
    }
    return result;
  }

  private static JsValue replace(JsValue value, List<String> names, int index) {
    String name = names.get(index);
    boolean last = index == names.size() - 1;
    if (value instanceof JsObject object && object.has(name)) {
      return object.with(name, last ? JsValue.of("<ignored>") : replace(object.get(name), names, index + 1));
    }
    if (value instanceof JsArray array && name.matches("\\d+") && Integer.parseInt(name) < array.size()) {
      List<JsValue> elements = new ArrayList<>(array.elements());
      int i = Integer.parseInt(name);
      elements.set(i, last ? JsValue.of("<ignored>") : replace(elements.get(i), names, index + 1));
      return new JsArray(elements);
    }
    return value;
  }
}
