package dev.flowsmith.format.lint;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Webhook / Request URL operation's shapes (engine.md §6.11, format.md §5): headers are a
 * list of {@code {header, value}} and the body is text.
 *
 * <p>A body stored as an object or array is only INFO: Directus hands it to axios, which sends
 * it as JSON, and the runner adds {@code Content-Type: application/json} for objects, so the
 * request works. It is still worth saying because the Studio's Request Body field is a text box.
 */
final class RequestChecks implements LintCheck {

  @Override
  public void check(LintContext context) {
    for (int i = 0; i < context.operations().size(); i++) {
      Operation op = context.operations().get(i);
      if (op.type().equals("request") && op.options() instanceof JsonObject options) {
        checkHeaders(context, i, op, options.members().get("headers"));
        checkBody(context, i, op, options.members().get("body"));
      }
    }
  }

  private static void checkHeaders(LintContext context, int index, Operation op, @Nullable JsonValue headers) {
    String path = LintContext.optionPath(index, "headers");
    if (headers == null || headers.isNull()
        || headers instanceof JsonString text && TemplateScanner.isWholeValue(text.value())) {
      return;
    }
    if (headers instanceof JsonArray list) {
      for (int k = 0; k < list.size(); k++) {
        checkHeader(context, op, list.elements().get(k), JsonPath.index(path, k));
      }
      return;
    }
    String hint = headers instanceof JsonObject object ? " Write " + asList(object) + " instead" : "";
    context.error("request-headers-not-list", path, LintContext.subject(op) + "'s headers are " + headers.typeName()
        + ", not a list of {\"header\", \"value\"} entries; the request rejects with a TypeError." + hint);
  }

  private static void checkHeader(LintContext context, Operation op, JsonValue entry, String path) {
    if (!(entry instanceof JsonObject header)) {
      context.error("request-header-incomplete", path, LintContext.subject(op) + " has a header entry that is "
          + entry.typeName() + "; each entry must be {\"header\": name, \"value\": text}");
      return;
    }
    if (OptionChecks.isMissing(header.members().get("header"))) {
      context.error("request-header-incomplete", JsonPath.member(path, "header"), LintContext.subject(op)
          + " has a header entry without a name; the Studio requires both header and value");
    }
    JsonValue value = header.members().get("value");
    if (value == null || value.isNull()) {
      context.error("request-header-incomplete", JsonPath.member(path, "value"), LintContext.subject(op)
          + " has the header \"" + header.string("header").orElse("") + "\" without a value; the Studio requires"
          + " both header and value");
    }
  }

  private static String asList(JsonObject headers) {
    return headers.members().entrySet().stream()
        .map(e -> "{\"header\": \"" + e.getKey() + "\", \"value\": …}")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static void checkBody(LintContext context, int index, Operation op, @Nullable JsonValue body) {
    if (body instanceof JsonObject || body instanceof JsonArray) {
      context.info("request-body-not-string", LintContext.optionPath(index, "body"), LintContext.subject(op)
          + "'s body is a JSON " + body.typeName() + ", not text; Directus sends it as JSON, so it works, but the"
          + " Studio's Request Body field edits text: store it as JSON text or a {{ }} template");
    }
  }
}
