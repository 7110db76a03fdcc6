package dev.flowsmith.engine.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps sent messages in memory, in order, instead of delivering them: the desktop's default, so
 * a flow can be run without a mail server and its mail inspected. Thread-safe. Like a transport,
 * it refuses a message without recipients (nodemailer: {@code No recipients defined}).
 */
public final class OutboxMailer implements Mailer {

  private final List<MailMessage> messages = new ArrayList<>();

  @Override
  public void send(MailMessage message) {
    if (!message.hasRecipients()) {
      throw new MailException("No recipients defined");
    }
    synchronized (messages) {
      messages.add(message);
    }
  }

  /** The messages sent so far, oldest first. */
  public List<MailMessage> messages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  public void clear() {
    synchronized (messages) {
      messages.clear();
    }
  }
}
