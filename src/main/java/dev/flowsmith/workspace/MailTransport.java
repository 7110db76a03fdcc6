package dev.flowsmith.workspace;

import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.mail.SmtpMailer;
import dev.flowsmith.engine.mail.SmtpSettings;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where the mail operation's messages go: the workspace outbox by default, or an SMTP
 * server when {@code workspace.json} has an {@code smtp} section:
 * <pre>{"smtp": {"host": "localhost", "port": 2525, "security": "none|starttls|tls",
 *          "username": "…", "passwordEnv": "SMTP_PASSWORD"}}</pre>
 * The password is read from the named environment variable so it never sits in the workspace.
 */
public final class MailTransport {

  private MailTransport() {}

  public static Mailer from(JsonObject settings, Path root, Clock clock, Map<String, String> environment)
      throws FlowFormatException {
    Optional<SmtpSettings> smtp = smtp(settings, environment);
    return smtp.<Mailer>map(SmtpMailer::new).orElseGet(() -> new WorkspaceOutbox(root, clock));
  }

  static Optional<SmtpSettings> smtp(JsonObject settings, Map<String, String> environment)
      throws FlowFormatException {
    if (!(settings.get("smtp").orElse(JsonValue.NULL) instanceof JsonObject smtp)) {
      return Optional.empty();
    }
    String host = smtp.string("host").orElseThrow(() -> invalid("smtp.host", "is required"));
    int port = smtp.get("port").filter(JsonNumber.class::isInstance).map(n -> (int) ((JsonNumber) n).longValue())
        .orElse(25);
    SmtpSettings.Security security;
    try {
      security = SmtpSettings.Security.valueOf(smtp.string("security").orElse("none").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw invalid("smtp.security", "must be none, starttls or tls");
    }
    SmtpSettings result = new SmtpSettings(host, port, security, security == SmtpSettings.Security.NONE, null, null,
        Duration.ofSeconds(30));
    Optional<String> user = smtp.string("username");
    if (user.isPresent()) {
      String passwordEnv = smtp.string("passwordEnv").orElse("FLOWSMITH_SMTP_PASSWORD");
      result = result.withLogin(user.get(), environment.getOrDefault(passwordEnv, ""));
    }
    return Optional.of(result);
  }

  private static FlowFormatException invalid(String path, String problem) {
    return new FlowFormatException("workspace.json", null, "$." + path, problem);
  }
}
