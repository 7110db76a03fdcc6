package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * About how many bytes a value takes as JSON text, counted without writing it: strings by length
 * plus quotes, keys likewise, a few bytes per number and punctuation. Iterative, so a deeply
 * nested value cannot overflow the stack, and it stops counting once past {@code limit}.
 */
final class ChainSize {

  private ChainSize() {}

  static long estimate(JsValue value, long limit) {
    long total = 0;
    Deque<JsValue> pending = new ArrayDeque<>();
    pending.push(value);
    while (!pending.isEmpty() && total <= limit) {
      JsValue next = pending.pop();
      if (next instanceof JsString text) {
        total += text.value().length() + 2L;
      } else if (next instanceof JsArray array) {
        total += 2L + array.size();
        array.elements().forEach(pending::push);
      } else if (next instanceof JsObject object) {
        total += 2L + object.size();
        for (Map.Entry<String, JsValue> member : object.members().entrySet()) {
          total += member.getKey().length() + 3L;
          pending.push(member.getValue());
        }
      } else if (next instanceof JsError error) {
        total += error.message().length() + 2L;
        pending.push(error.properties());
      } else {
        total += 8; // numbers, booleans, null, dates
      }
    }
    return total;
  }
}
