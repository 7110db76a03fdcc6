package dev.flowsmith.app.edit;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and renames {@code {{ key… }}} references in option values (engine.md §5: a template
 * names a data-chain entry first, then a dot or bracket path). Used when a key is renamed, so
 * references follow instead of silently breaking (editor.md §13-8).
 */
public final class TemplateReferences {

  private TemplateReferences() {}

  /** A copy of {@code value} where every template that starts with {@code oldKey} starts with {@code newKey}. */
  public static JsonValue rename(JsonValue value, String oldKey, String newKey) {
    Pattern reference = pattern(oldKey);
    return renameIn(value, reference, newKey);
  }

  /** True when some string in {@code value} has a template starting with {@code key}. */
  public static boolean mentions(JsonValue value, String key) {
    return mentions(value, pattern(key));
  }

  private static Pattern pattern(String key) {
    return Pattern.compile("(\\{\\{\\s*)" + Pattern.quote(key) + "(?=\\s*}}|[.\\[\\s])");
  }

  private static JsonValue renameIn(JsonValue value, Pattern reference, String newKey) {
    if (value instanceof JsonString string) {
      Matcher matcher = reference.matcher(string.value());
      return matcher.find() ? new JsonString(matcher.replaceAll("$1" + Matcher.quoteReplacement(newKey))) : value;
    }
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      object.members().forEach((name, member) -> members.put(name, renameIn(member, reference, newKey)));
      return members.equals(object.members()) ? value : new JsonObject(members);
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> elements = new ArrayList<>();
      array.elements().forEach(element -> elements.add(renameIn(element, reference, newKey)));
      return elements.equals(array.elements()) ? value : new JsonArray(elements);
    }
    return value;
  }

  private static boolean mentions(JsonValue value, Pattern reference) {
    if (value instanceof JsonString string) {
      return reference.matcher(string.value()).find();
    }
    if (value instanceof JsonObject object) {
      return object.members().values().stream().anyMatch(member -> mentions(member, reference));
    }
    if (value instanceof JsonArray array) {
      return array.elements().stream().anyMatch(element -> mentions(element, reference));
    }
    return false;
  }
}
