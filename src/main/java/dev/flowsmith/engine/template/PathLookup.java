package dev.flowsmith.engine.template;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;

/**
 * Path lookup of engine.md §5.3, shared by templates and the run result's {@code return} path
 * (§4.5). A name is found when the current value is an object (array, plain object, error, date)
 * and JS {@code name in value} holds: arrays have {@code length}, errors show their hidden
 * {@code name}/{@code message}/{@code stack}; strings are not objects. A missing name gives
 * undefined, never an error. Prototype methods ({@code toString}, …) are not modelled.
 */
public final class PathLookup {

  /** micromustache's default depth limit. */
  public static final int MAX_DEPTH = 10;

  private PathLookup() {}

  /**
   * The value at {@code path} (no braces, e.g. {@code "read_items[0].id"}), or undefined.
   * Throws SyntaxError for a malformed path and ReferenceError for more than 10 names.
   */
  public static JsValue resolve(String path, JsValue scope) {
    return resolve(names(path), scope);
  }

  /** The property names of a path (engine.md §5.3); throws SyntaxError for a malformed path. */
  public static List<String> names(String path) {
    return PathSyntax.parse(path);
  }

  /** Walks already parsed names; throws ReferenceError for more than 10 names. */
  public static JsValue resolve(List<String> names, JsValue scope) {
    if (names.size() > MAX_DEPTH) {
      throw JsException.of("ReferenceError", "The path cannot be deeper than " + MAX_DEPTH
          + " levels. Got \"" + String.join(" > ", names) + "\"");
    }
    JsValue current = scope;
    for (String name : names) {
      if (!has(current, name)) {
        return JsValue.UNDEFINED;
      }
      current = get(current, name);
    }
    return current;
  }

  /** JS {@code name in value} for object values; false for primitives. */
  private static boolean has(JsValue value, String name) {
    if (value instanceof JsObject object) {
      return object.has(name);
    }
    if (value instanceof JsArray array) {
      return name.equals("length") || JsObject.isArrayIndex(name) && Long.parseLong(name) < array.size();
    }
    if (value instanceof JsError error) {
      return error.has(name);
    }
    return false; // dates have no own properties; primitives are not objects
  }

  private static JsValue get(JsValue value, String name) {
    if (value instanceof JsObject object) {
      return object.get(name);
    }
    if (value instanceof JsArray array) {
      return name.equals("length") ? JsValue.of(array.size()) : array.get(Integer.parseInt(name));
    }
    return ((JsError) value).get(name);
  }
}
