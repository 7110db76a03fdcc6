package dev.flowsmith.format.lint;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Credentials written into options (format.md §13.8): they are stored in the database, shown in
 * run logs and travel with every export. A value that is only templates, such as
 * {@code Bearer {{ $env.CRM_API_TOKEN }}}, is fine.
 */
final class SecretChecks implements LintCheck {

  private static final Pattern SENSITIVE_HEADER =
      Pattern.compile("(?i).*(authorization|api[-_]?key|token|secret|password|cookie).*");
  private static final Pattern TAG = Pattern.compile("\\{\\{.*?}}");
  /** Authorization schemes are words, not secrets. */
  private static final Pattern SCHEME = Pattern.compile("(?i)^\\s*(bearer|basic|token|apikey|digest)\\b");

  @Override
  public void check(LintContext context) {
    for (int i = 0; i < context.operations().size(); i++) {
      Operation op = context.operations().get(i);
      if (!(op.options() instanceof JsonObject options)) {
        continue;
      }
      if (op.type().equals("request") && options.members().get("headers") instanceof JsonArray headers) {
        String headersPath = LintContext.optionPath(i, "headers");
        for (int k = 0; k < headers.size(); k++) {
          if (headers.elements().get(k) instanceof JsonObject header) {
            String name = header.string("header").orElse("");
            if (SENSITIVE_HEADER.matcher(name).matches() && isLiteral(header.string("value"))) {
              report(context, op, JsonPath.member(JsonPath.index(headersPath, k), "value"),
                  "its " + name + " header");
            }
          }
        }
      }
      if (op.type().equals("json-web-token") && isLiteral(options.string("secret"))) {
        report(context, op, LintContext.optionPath(i, "secret"), "its secret");
      }
    }
  }

  /** True when some of the text is neither a template nor an authorization scheme word. */
  private static boolean isLiteral(Optional<String> value) {
    return value.map(v -> !SCHEME.matcher(TAG.matcher(v).replaceAll("")).replaceFirst("").isBlank())
        .orElse(false);
  }

  private static void report(LintContext context, Operation op, String path, String what) {
    context.warning("secret-in-options", path, LintContext.subject(op) + " has a credential written into "
        + what + "; it is stored with the flow and leaves with every export. Allow-list an environment"
        + " variable (FLOWS_ENV_ALLOW_LIST) and write {{ $env.NAME }} instead");
  }
}
