package dev.flowsmith.engine.template;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders operation options against a scope (engine.md §5, Directus' applyOptionsData with
 * micromustache 8). Errors are thrown as {@link JsException}s carrying the SyntaxError,
 * ReferenceError or TypeError with Directus' exact message, for the run loop to reject with.
 */
public final class TemplateRenderer {

  private TemplateRenderer() {}

  /**
   * engine.md §5.1: renders each own enumerable entry of {@code options} (JS
   * {@code Object.entries}) into a new object; keys are never templated. Undefined or null
   * options throw TypeError {@code Cannot convert undefined or null to object}.
   */
  public static JsObject render(JsValue options, JsValue scope) {
    if (options.isNullish()) {
      throw JsException.of("TypeError", "Cannot convert undefined or null to object");
    }
    return renderEntries(options, scope);
  }

  /**
   * One option value, recursively: strings are templates, arrays element-wise, other objects
   * entry-wise (an error keeps only its enumerable properties, a date becomes {@code {}}, as
   * {@code Object.entries} sees them); numbers, booleans, null and undefined stay.
   */
  public static JsValue renderValue(JsValue value, JsValue scope) {
    if (value instanceof JsString template) {
      return renderString(template.value(), scope);
    }
    if (value instanceof JsArray array) {
      List<JsValue> elements = new ArrayList<>(array.size());
      array.elements().forEach(element -> elements.add(renderValue(element, scope)));
      return new JsArray(elements);
    }
    if (value.isObject()) {
      return renderEntries(value, scope);
    }
    return value;
  }

  /**
   * One template string: a whole-value template (§5.2) gives the value with its type unless it is
   * undefined; everything else is interpolated into a string (§5.4).
   */
  public static JsValue renderString(String template, JsValue scope) {
    String rawPath = rawPath(template);
    if (rawPath != null) {
      JsValue value = PathLookup.resolve(rawPath, scope);
      if (!value.isUndefined()) {
        return value;
      }
    }
    return JsValue.of(interpolate(template, scope));
  }

  /** engine.md §5.4: every tag replaced by its value's text; the result is always a string. */
  public static String interpolate(String template, JsValue scope) {
    EmbeddedTemplate tokens = EmbeddedTemplate.parse(template);
    StringBuilder out = new StringBuilder(tokens.texts().get(0));
    for (int i = 0; i < tokens.paths().size(); i++) {
      // engine.md §5.4 value-to-text table: the same conversion as optionToString
      out.append(OptionParsing.optionToString(PathLookup.resolve(tokens.paths().get(i), scope)));
      out.append(tokens.texts().get(i + 1));
    }
    return out.toString();
  }

  /**
   * engine.md §5.2: the path of a whole-value template, i.e. a match of
   * {@code ^\{\{\s*([^}\s]+)\s*\}\}$} with JS {@code \s} and a strict end; else null.
   */
  static @Nullable String rawPath(String template) {
    if (template.length() < 4 || !template.startsWith("{{") || !template.endsWith("}}")) {
      return null;
    }
    String path = JsStrings.trim(template.substring(2, template.length() - 2));
    if (path.isEmpty()) {
      return null;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '}' || JsStrings.isWhitespace(c)) {
        return null;
      }
    }
    return path;
  }

  /** {@code Object.fromEntries(Object.entries(value).map(render))}. */
  private static JsObject renderEntries(JsValue value, JsValue scope) {
    JsObject.Builder rendered = JsObject.builder();
    if (value instanceof JsObject object) {
      object.members().forEach((key, member) -> rendered.put(key, renderValue(member, scope)));
    } else if (value instanceof JsError error) {
      error.properties().members().forEach((key, member) -> rendered.put(key, renderValue(member, scope)));
    } else if (value instanceof JsArray array) {
      for (int i = 0; i < array.size(); i++) {
        rendered.put(Integer.toString(i), renderValue(array.get(i), scope));
      }
    } else if (value instanceof JsString string) {
      for (int i = 0; i < string.value().length(); i++) {
        rendered.put(Integer.toString(i), JsValue.of(String.valueOf(string.value().charAt(i))));
      }
    }
    return rendered.build(); // numbers, booleans, dates: no own enumerable entries
  }
}
