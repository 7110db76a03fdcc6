package dev.flowsmith.format.lint;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code {{ }}} templates in operation options. Every string value at any depth is rendered,
 * object keys never are (engine.md §5.1), so those are the strings scanned.
 *
 * <p>Paths starting with {@code $} ({@code $trigger}, {@code $env}, ...) are not checked against
 * the flow: their content depends on the trigger and the server. A plain first segment must be
 * the key of an operation that ran before this one, else it renders as {@code undefined}.
 *
 * <p>{@code {{ $last }}} is reported as INFO, never worse: it works, but it means "whatever ran
 * just before", so inserting a step silently changes it. The hint names what to write instead:
 * the parent's key, or {@code $trigger} at the entry operation (where {@code $last} is the
 * trigger payload, equally fragile once a step is put in front). An operation with several arrows
 * in is left alone: there {@code $last} is the only way to say "whichever parent ran".
 *
 * <p>After an operation that resolves with {@code null} (condition, log, mail, sleep: engine.md §6)
 * {@code $last} is null, so the reference is a WARNING ({@code null-last-reference}) and the advice
 * names the operation that really produced the last value, found by {@link LastProducer}.
 */
final class TemplateChecks implements LintCheck {

  private static final String LAST = "$last";

  @Override
  public void check(LintContext context) {
    ChainReferences references = context.chainReferences();
    for (int i = 0; i < context.operations().size(); i++) {
      if (context.operations().get(i).options() instanceof JsonObject options) {
        int index = i;
        options.members().forEach((name, value) ->
            walk(context, references, index, LintContext.optionPath(index, name), value));
      }
    }
  }

  private static void walk(LintContext context, ChainReferences references, int index, String path,
      JsonValue value) {
    if (value instanceof JsonString string) {
      checkString(context, references, index, path, string.value());
    } else if (value instanceof JsonArray array) {
      for (int k = 0; k < array.size(); k++) {
        walk(context, references, index, JsonPath.index(path, k), array.elements().get(k));
      }
    } else if (value instanceof JsonObject object) {
      object.members().forEach((name, member) ->
          walk(context, references, index, JsonPath.member(path, name), member));
    }
  }

  private static void checkString(LintContext context, ChainReferences references, int index, String path,
      String text) {
    if (!TemplateScanner.hasTemplate(text)) {
      return;
    }
    Operation op = context.operations().get(index);
    TemplateScanner.Scan scan = TemplateScanner.scan(text);
    if (scan.error() != null) {
      context.error("malformed-template", path, LintContext.subject(op) + " has a broken template, so the step"
          + " rejects: " + scan.error());
    }
    Set<String> seen = new HashSet<>();
    for (String tag : scan.paths()) {
      String root = TemplateScanner.root(tag);
      if (root.isEmpty() || !seen.add(root)) {
        continue;
      }
      if (root.equals(LAST)) {
        reportLast(context, index, path, tag);
      } else if (!root.startsWith("$")) {
        references.check(index, root, path, "{{ " + tag + " }}", "it renders as undefined");
      }
    }
  }

  private static void reportLast(LintContext context, int index, String path, String tag) {
    Operation op = context.operations().get(index);
    if (context.graph().predecessors(op.id()).size() > 1) {
      return;
    }
    String rest = tag.substring(LAST.length());
    LastProducer producer = LastProducer.find(context.graph(), op.id());
    if (producer.skipped().isEmpty()) {
      String instead = producer.key() == null ? "the key of the operation it means"
          : "{{ " + producer.key() + rest + " }}";
      context.info("fragile-last-reference", path, LintContext.subject(op) + " uses {{ " + tag
          + " }}, which changes meaning when a step is inserted before it; write " + instead + " instead");
      return;
    }
    Operation before = producer.skipped().get(0);
    String advice;
    if (producer.key() == null) {
      advice = "no single operation before it produces a value; write the key of the operation it means";
    } else if (producer.key().equals("$trigger")) {
      advice = "no operation before it produces a value; write {{ $trigger" + rest + " }} for the trigger's payload";
    } else {
      advice = "the last value before it comes from \"" + producer.key() + "\": write {{ " + producer.key() + rest
          + " }} instead";
    }
    context.warning("null-last-reference", path, LintContext.subject(op) + " uses {{ " + tag + " }}, but $last is"
        + " null there: operation \"" + before.key() + "\" (" + before.type() + ") resolves with null, so it renders"
        + " as " + (rest.isEmpty() ? "null" : "undefined") + "; " + advice);
  }
}
