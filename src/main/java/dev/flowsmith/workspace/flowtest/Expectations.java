package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.run.StepStatus;
import dev.flowsmith.engine.template.PathLookup;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.workspace.WorkspaceOutbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a test's {@code expect} against a finished run: {@code status}, {@code steps},
 * {@code chain} (template paths), {@code error}, {@code items} (the store after the run, see
 * {@link TestItems}) and {@code outbox} (the mail sent, in order). A malformed expectation throws
 * {@link IllegalArgumentException}.
 */
final class Expectations {

  static final Set<String> KEYS = Set.of("status", "steps", "chain", "error", "items", "outbox");

  /**
   * {@code to}, {@code cc}, {@code bcc} and {@code replyTo} are lists; expected as a string or a
   * matcher they are compared as one comma-joined string.
   */
  private static final Set<String> ADDRESS_FIELDS = Set.of("to", "cc", "bcc", "replyTo");

  private Expectations() {}

  static List<Difference> check(JsonObject expect, RunResult run, ItemStore items, List<MailMessage> sent) {
    List<Difference> out = new ArrayList<>();
    String lastKey = run.steps().isEmpty() ? null : run.steps().get(run.steps().size() - 1).key();
    expect.get("status").ifPresent(status -> add(out, "status", status,
        JsonValue.of(run.lastStatus().id()), lastKey));
    expect.get("steps").ifPresent(steps -> add(out, "steps", steps,
        JsonArray.ofStrings(run.steps().stream().map(StepRecord::key).toList()), null));
    if (expect.get("chain").orElse(null) instanceof JsonObject chain) {
      for (Map.Entry<String, JsonValue> entry : chain.members().entrySet()) {
        List<String> names = PathLookup.names(entry.getKey());
        JsValue actual = PathLookup.resolve(names, run.chain());
        String first = names.isEmpty() ? null : names.get(0);
        String stepKey = "$last".equals(first) ? lastKey
            : run.steps().stream().map(StepRecord::key).filter(k -> k.equals(first)).findFirst().orElse(null);
        add(out, "chain." + entry.getKey(), entry.getValue(),
            actual.isUndefined() ? null : JsJson.toModel(actual), stepKey);
      }
    } else if (expect.has("chain")) {
      throw new IllegalArgumentException("\"expect.chain\" must be an object of path: value");
    }
    expect.get("error").ifPresent(error -> error(error, run, lastKey, out));
    if (expect.has("items")) {
      TestItems.check(expect.get("items").orElseThrow(), items, run, out);
    }
    if (expect.has("outbox")) {
      outbox(expect.get("outbox").orElseThrow(), run, sent, out);
    }
    return out;
  }

  private static void error(JsonValue error, RunResult run, @Nullable String lastKey, List<Difference> out) {
    if (run.lastStatus() != StepStatus.REJECT) {
      out.add(new Difference("error", JsonText.compact(error), "(no error: the run ended with "
          + run.lastStatus().id() + ")", lastKey));
      return;
    }
    JsonValue actual = JsJson.toModel(PathLookup.resolve(List.of("$last"), run.chain()));
    if (error instanceof JsonString && actual instanceof JsonObject object && object.has("message")) {
      actual = object.get("message").orElseThrow();
    }
    add(out, "error", error, actual, lastKey);
  }

  /**
   * {@code expect.outbox}: one expected message per sent message, in order, each compared on the
   * fields it lists ({@code body} is the sent HTML); more or fewer messages are a difference.
   */
  private static void outbox(JsonValue expected, RunResult run, List<MailMessage> sent, List<Difference> out) {
    if (!(expected instanceof JsonArray messages)) {
      throw new IllegalArgumentException("\"expect.outbox\" must be an array of messages");
    }
    List<String> mailSteps = run.steps().stream().filter(s -> s.type().equals("mail")).map(StepRecord::key).toList();
    for (int i = 0; i < Math.max(messages.size(), sent.size()); i++) {
      String path = "outbox[" + i + "]";
      String stepKey = i < mailSteps.size() ? mailSteps.get(i) : null;
      JsonObject actual = i < sent.size() ? (JsonObject) JsJson.toModel(WorkspaceOutbox.toJson(sent.get(i))) : null;
      if (i >= messages.size()) {
        out.add(new Difference(path, JsonMatcher.MISSING, JsonText.compact(actual), stepKey));
        continue;
      }
      if (!(messages.elements().get(i) instanceof JsonObject message)) {
        throw new IllegalArgumentException("expect." + path + " must be an object (to, subject, body, …)");
      }
      if (actual == null) {
        out.add(new Difference(path, JsonText.compact(message), JsonMatcher.MISSING, stepKey));
        continue;
      }
      for (Map.Entry<String, JsonValue> field : message.members().entrySet()) {
        String name = field.getKey().equals("body") ? "html" : field.getKey();
        JsonValue value = actual.get(name).orElse(null);
        if (ADDRESS_FIELDS.contains(name) && !(field.getValue() instanceof JsonArray)
            && value instanceof JsonArray addresses) {
          value = JsonValue.of(String.join(",", addresses.elements().stream()
              .map(a -> a instanceof JsonString s ? s.value() : JsonText.compact(a)).toList()));
        }
        add(out, path + "." + field.getKey(), field.getValue(), value, stepKey);
      }
    }
  }

  private static void add(List<Difference> out, String path, JsonValue expected, @Nullable JsonValue actual,
      @Nullable String stepKey) {
    JsonMatcher.Mismatch mismatch = JsonMatcher.compare(expected, actual);
    if (mismatch != null) {
      out.add(new Difference(path + mismatch.suffix(), mismatch.expected(), mismatch.actual(), stepKey));
    }
  }
}
