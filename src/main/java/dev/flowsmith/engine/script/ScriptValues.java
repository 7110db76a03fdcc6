package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsNumbers;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsUndefined;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * How values cross the sandbox boundary and the worker pipe: "tagged JSON" text, read and
 * written the same way by {@code prelude.js}. JSON primitives stand for themselves (finite
 * numbers other than -0); the rest are tagged arrays, so no object key is ever special:
 * {@code ["u"]} undefined, {@code ["n","NaN"|"Infinity"|"-Infinity"|"-0"]}, {@code ["a",…items]},
 * {@code ["o",key,value,…]}, {@code ["d",time|null]} a Date, {@code ["e",name,message,stack|null]}
 * an Error.
 */
public final class ScriptValues {

  private ScriptValues() {}

  /**
   * The structured-clone copy a script receives (engine.md §6.2, [api ≥ 27]): errors become plain
   * objects of their own enumerable properties (a Directus error: {@code {name, extensions, code,
   * status}}, no message), Dates become {@code {}}. Undefined members stay.
   */
  public static JsValue sieve(JsValue value) {
    if (value instanceof JsError error) {
      return sieve(error.properties());
    }
    if (value instanceof JsDate) {
      return JsObject.EMPTY;
    }
    if (value instanceof JsArray array) {
      List<JsValue> elements = new ArrayList<>(array.size());
      array.elements().forEach(element -> elements.add(sieve(element)));
      return new JsArray(elements);
    }
    if (value instanceof JsObject object) {
      JsObject.Builder members = JsObject.builder();
      object.members().forEach((key, member) -> members.put(key, sieve(member)));
      return members.build();
    }
    return value;
  }

  /** The tagged text of a value. Errors keep name, message and stack only. */
  public static String encode(JsValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /**
   * The value of tagged text.
   *
   * @throws JsException (an Error) when the text is not tagged JSON, e.g. a script garbled it by
   *     rewriting built-ins
   */
  public static JsValue decode(String text) {
    JsValue tree;
    try {
      tree = JsJson.parse(text);
    } catch (JsException notJson) {
      throw malformed();
    }
    return read(tree);
  }

  private static void write(JsValue value, StringBuilder out) {
    if (value instanceof JsUndefined) {
      out.append("[\"u\"]");
    } else if (value instanceof JsNull) {
      out.append("null");
    } else if (value instanceof JsBoolean bool) {
      out.append(bool.value());
    } else if (value instanceof JsNumber number) {
      writeNumber(number.value(), out);
    } else if (value instanceof JsString string) {
      JsJson.quote(string.value(), out);
    } else if (value instanceof JsArray array) {
      out.append("[\"a\"");
      for (JsValue element : array.elements()) {
        write(element, out.append(','));
      }
      out.append(']');
    } else if (value instanceof JsObject object) {
      out.append("[\"o\"");
      object.members().forEach((key, member) -> {
        JsJson.quote(key, out.append(','));
        write(member, out.append(','));
      });
      out.append(']');
    } else if (value instanceof JsDate date) {
      out.append("[\"d\",").append(date.isValid() ? JsNumbers.toString(date.time()) : "null").append(']');
    } else if (value instanceof JsError error) {
      out.append("[\"e\",");
      JsJson.quote(error.name(), out);
      JsJson.quote(error.message(), out.append(','));
      out.append(',');
      if (error.stack() == null) {
        out.append("null");
      } else {
        JsJson.quote(error.stack(), out);
      }
      out.append(']');
    }
  }

  private static void writeNumber(double number, StringBuilder out) {
    if (Double.isNaN(number)) {
      out.append("[\"n\",\"NaN\"]");
    } else if (Double.isInfinite(number)) {
      out.append(number > 0 ? "[\"n\",\"Infinity\"]" : "[\"n\",\"-Infinity\"]");
    } else if (number == 0 && 1 / number < 0) {
      out.append("[\"n\",\"-0\"]");
    } else {
      out.append(JsNumbers.toString(number));
    }
  }

  private static JsValue read(JsValue tree) {
    if (!(tree instanceof JsArray tagged)) {
      if (tree instanceof JsObject) {
        throw malformed();
      }
      return tree;
    }
    List<JsValue> items = tagged.elements();
    String tag = items.isEmpty() ? "" : text(items.get(0));
    return switch (tag) {
      case "u" -> JsValue.UNDEFINED;
      case "n" -> special(text(tagged.get(1)));
      case "a" -> array(items);
      case "o" -> object(items);
      case "d" -> new JsDate(tagged.get(1) instanceof JsNumber time ? time.value() : Double.NaN);
      case "e" -> error(tagged);
      default -> throw malformed();
    };
  }

  private static JsValue special(String text) {
    return switch (text) {
      case "NaN" -> JsValue.of(Double.NaN);
      case "Infinity" -> JsValue.of(Double.POSITIVE_INFINITY);
      case "-Infinity" -> JsValue.of(Double.NEGATIVE_INFINITY);
      case "-0" -> JsValue.of(-0.0);
      default -> throw malformed();
    };
  }

  private static JsArray array(List<JsValue> items) {
    List<JsValue> elements = new ArrayList<>(items.size() - 1);
    for (int i = 1; i < items.size(); i++) {
      elements.add(read(items.get(i)));
    }
    return new JsArray(elements);
  }

  private static JsObject object(List<JsValue> items) {
    if (items.size() % 2 == 0) {
      throw malformed();
    }
    JsObject.Builder members = JsObject.builder();
    for (int i = 1; i < items.size(); i += 2) {
      members.put(text(items.get(i)), read(items.get(i + 1)));
    }
    return members.build();
  }

  private static JsError error(JsArray tagged) {
    String name = text(tagged.get(1));
    String message = text(tagged.get(2));
    String stack = tagged.get(3) instanceof JsString s ? s.value() : null;
    return new JsError(name, message, stack, null, JsObject.EMPTY);
  }

  private static String text(JsValue value) {
    if (value instanceof JsString string) {
      return string.value();
    }
    throw malformed();
  }

  private static JsException malformed() {
    return JsException.of("Error", "The script's value could not be read back.");
  }
}
