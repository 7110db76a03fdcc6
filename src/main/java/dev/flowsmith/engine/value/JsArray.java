package dev.flowsmith.engine.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A JS array without holes: an immutable list whose slots may hold {@link JsValue#UNDEFINED}. */
public record JsArray(List<JsValue> elements) implements JsValue {

  public static final JsArray EMPTY = new JsArray(List.of());

  public JsArray {
    elements = List.copyOf(elements);
  }

  public static JsArray of(JsValue... elements) {
    return new JsArray(Arrays.asList(elements));
  }

  public int size() {
    return elements.size();
  }

  /** The element at {@code index}, or undefined outside the array. */
  public JsValue get(int index) {
    return index >= 0 && index < elements.size() ? elements.get(index) : JsValue.UNDEFINED;
  }

  /** A copy with one more element at the end. */
  public JsArray append(JsValue element) {
    List<JsValue> copy = new ArrayList<>(elements);
    copy.add(element);
    return new JsArray(copy);
  }
}
