package dev.flowsmith.engine.value;

import java.util.ArrayList;
import java.util.List;

/** What the run loop stores under an operation's key (engine.md §4.3). */
public final class ResultNormalizer {

  private ResultNormalizer() {}

  /** engine.md §4.3 steps 3d–e: a resolved result: {@code result ?? null}, nested undefined → null. */
  public static JsValue normalizeResolved(JsValue result) {
    return result.isNullish() ? JsValue.NULL : nullifyUndefined(result);
  }

  /**
   * engine.md §4.3 step 3d: every undefined member or element of plain objects and arrays, at any
   * depth, becomes null. Errors and dates are class instances: left as they are, not descended.
   * A top-level undefined is returned unchanged.
   */
  public static JsValue nullifyUndefined(JsValue value) {
    if (value instanceof JsArray array) {
      List<JsValue> elements = new ArrayList<>(array.size());
      array.elements().forEach(element -> elements.add(nullified(element)));
      return new JsArray(elements);
    }
    if (value instanceof JsObject object) {
      JsObject.Builder members = JsObject.builder();
      object.members().forEach((key, member) -> members.put(key, nullified(member)));
      return members.build();
    }
    return value;
  }

  /**
   * engine.md §4.3 step 4: a rejection's stored value. An error loses its {@code stack}; a string
   * holding valid JSON becomes the parsed value, any other string stays; undefined becomes null;
   * anything else (arrays of errors included) is kept as is.
   */
  public static JsValue normalizeThrown(JsValue thrown) {
    if (thrown instanceof JsError error) {
      return error.withoutStack();
    }
    if (thrown instanceof JsString text) {
      try {
        return JsJson.parse(text.value());
      } catch (JsException notJson) {
        return text;
      }
    }
    return thrown.isNullish() ? JsValue.NULL : thrown;
  }

  private static JsValue nullified(JsValue value) {
    return value.isUndefined() ? JsValue.NULL : nullifyUndefined(value);
  }
}
