package dev.flowsmith.engine.mail;

import java.lang.System.Logger.Level;

/**
 * Where mail failures go: the mail operation has resolved long before delivery ends, so they are
 * reported, as Directus logs them ({@code Could not send mail in "mail" operation}). A run may
 * supply one as a service (e.g. to show failures in the outbox); otherwise they go to the JDK
 * logger {@code dev.flowsmith.engine.mail}.
 */
@FunctionalInterface
public interface MailLog {

  String MESSAGE = "Could not send mail in \"mail\" operation";

  MailLog SYSTEM = (message, error) -> System.getLogger("dev.flowsmith.engine.mail")
      .log(Level.ERROR, MESSAGE + ": " + error.getMessage(), error);

  void failed(MailMessage message, Exception error);
}
