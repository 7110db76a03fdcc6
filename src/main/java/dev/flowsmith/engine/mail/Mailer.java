package dev.flowsmith.engine.mail;

/**
 * Delivers composed messages (from, recipients, subject, HTML). A run finds its mailer among its
 * services; delivery happens after the mail operation has already resolved (engine.md §6.9), so
 * a failure is reported, never returned to the flow.
 */
public interface Mailer {

  /**
   * Delivers one message, blocking until it is handed over.
   *
   * @throws MailException when the message cannot be delivered
   */
  void send(MailMessage message);
}
