package dev.flowsmith.format.lint;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Condition filters (engine.md §7). The filter is checked against the whole data chain, so its
 * top-level fields are chain keys; nested objects are the levels below. The mistake the Directus
 * docs warn about is writing a path with dots as one key: it is looked up literally and the rule
 * always fails (engine.md §7.2, §7.5).
 */
final class FilterChecks implements LintCheck {

  /** engine.md §7.2: {@code year(date_created)} and friends are field functions, not paths. */
  private static final Pattern FUNCTION_KEY = Pattern.compile("[a-z]+\\(.*\\)");
  private static final List<String> GROUPS = List.of("_and", "_or");

  @Override
  public void check(LintContext context) {
    ChainReferences references = context.chainReferences();
    for (int i = 0; i < context.operations().size(); i++) {
      Operation op = context.operations().get(i);
      if (!op.type().equals("condition")) {
        continue;
      }
      JsonValue filter = op.optionsObject().members().get("filter");
      String path = LintContext.optionPath(i, "filter");
      // a whole-value template hands the rendered object to the condition
      boolean template = filter instanceof JsonString text && TemplateScanner.isWholeValue(text.value());
      if (filter instanceof JsonObject object) {
        walk(context, references, i, object, path, true);
      } else if (filter != null && !template && !OptionChecks.isMissing(filter)) {
        // engine.md §7.6: JSON text makes the condition reject with "Maximum call stack size exceeded";
        // a missing filter is OptionChecks' to report
        context.error("filter-not-object", path, LintContext.subject(op) + "'s filter is " + filter.typeName()
            + ", not an object; the condition rejects every time. Store the filter as a JSON object");
      }
    }
  }

  private static void walk(LintContext context, ChainReferences references, int index, JsonObject filter,
      String path, boolean chainLevel) {
    filter.members().forEach((key, value) -> {
      String keyPath = JsonPath.member(path, key);
      if (GROUPS.contains(key)) {
        if (value instanceof JsonArray rules) {
          for (int k = 0; k < rules.size(); k++) {
            if (rules.elements().get(k) instanceof JsonObject rule) {
              walk(context, references, index, rule, JsonPath.index(keyPath, k), chainLevel);
            }
          }
        }
        return;
      }
      if (key.startsWith("_")) {
        return; // an operator; its operand is a value, not more fields (engine.md §7.1)
      }
      if (key.contains(".") && !FUNCTION_KEY.matcher(key).matches()) {
        reportDotted(context, index, key, keyPath);
      } else if (chainLevel && !key.startsWith("$")) {
        references.check(index, key, keyPath, "the filter field \"" + key + "\"",
            "the rule always fails with \"Value is required\"");
      }
      if (value instanceof JsonObject nested) {
        walk(context, references, index, nested, keyPath, false);
      }
    });
  }

  private static void reportDotted(LintContext context, int index, String key, String path) {
    String[] segments = key.split("\\.", -1);
    StringBuilder nested = new StringBuilder();
    for (String segment : segments) {
      nested.append("{\"").append(segment).append("\": ");
    }
    nested.append("…").append("}".repeat(segments.length));
    context.error("dot-notation-filter", path, LintContext.subject(context.operations().get(index))
        + "'s filter uses the dotted key \"" + key + "\"; a filter key is not a path, so it is looked up"
        + " literally and the rule always fails. Nest the levels instead: " + nested);
  }
}
