package dev.flowsmith.engine.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail. The mail operation fills recipients, subject and either {@code html} or a
 * {@code template}; {@link MailComposer} then sets {@code from} and renders the template into
 * {@code html} before a {@link Mailer} sees it (as Directus' MailService does).
 *
 * @param from {@code "Name <address>"}, null until composed
 * @param to addresses as given (one entry may itself list several, comma-separated)
 */
public record MailMessage(
    @Nullable String from,
    List<String> to,
    List<String> cc,
    List<String> bcc,
    List<String> replyTo,
    @Nullable String subject,
    @Nullable String html,
    @Nullable MailTemplate template) {

  public MailMessage {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    bcc = List.copyOf(bcc);
    replyTo = List.copyOf(replyTo);
  }

  /** True when at least one of to, cc and bcc names someone. */
  public boolean hasRecipients() {
    return !to.isEmpty() || !cc.isEmpty() || !bcc.isEmpty();
  }

  public MailMessage withFrom(String sender) {
    return new MailMessage(sender, to, cc, bcc, replyTo, subject, html, template);
  }

  public MailMessage withHtml(@Nullable String body) {
    return new MailMessage(from, to, cc, bcc, replyTo, subject, body, template);
  }
}
