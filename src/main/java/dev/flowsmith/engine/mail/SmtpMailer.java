package dev.flowsmith.engine.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Delivers through an SMTP server with Angus Mail: an HTML-only message, as nodemailer sends
 * what the mail operation builds.
 */
public final class SmtpMailer implements Mailer {

  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailer(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  @Override
  public void send(MailMessage message) {
    if (!message.hasRecipients()) {
      throw new MailException("No recipients defined");
    }
    try {
      MimeMessage mime = new MimeMessage(session);
      if (message.from() != null) {
        mime.setFrom(new InternetAddress(message.from()));
      }
      mime.setRecipients(Message.RecipientType.TO, addresses(message.to()));
      mime.setRecipients(Message.RecipientType.CC, addresses(message.cc()));
      mime.setRecipients(Message.RecipientType.BCC, addresses(message.bcc()));
      if (!message.replyTo().isEmpty()) {
        mime.setReplyTo(addresses(message.replyTo()));
      }
      if (message.subject() != null) {
        mime.setSubject(message.subject(), "UTF-8");
      }
      mime.setSentDate(new Date());
      mime.setContent(message.html() == null ? "" : message.html(), "text/html; charset=utf-8");
      if (settings.username() != null) {
        Transport.send(mime, settings.username(), settings.password());
      } else {
        Transport.send(mime);
      }
    } catch (MessagingException e) {
      throw new MailException(String.valueOf(e.getMessage()), e);
    }
  }

  private static Address[] addresses(List<String> entries) throws AddressException {
    List<Address> all = new ArrayList<>();
    for (String entry : entries) {
      all.addAll(List.of(InternetAddress.parse(entry, false)));
    }
    return all.toArray(Address[]::new);
  }

  private static Properties properties(SmtpSettings settings) {
    String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    String millis = Long.toString(settings.timeout().toMillis());
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", protocol);
    properties.put(prefix + "host", settings.host());
    properties.put(prefix + "port", Integer.toString(settings.port()));
    properties.put(prefix + "auth", Boolean.toString(settings.username() != null));
    properties.put(prefix + "connectiontimeout", millis);
    properties.put(prefix + "timeout", millis);
    properties.put(prefix + "writetimeout", millis);
    boolean required = settings.security() == SmtpSettings.Security.STARTTLS;
    properties.put(prefix + "starttls.enable", Boolean.toString(required || settings.startTlsIfOffered()));
    properties.put(prefix + "starttls.required", Boolean.toString(required));
    return properties;
  }
}
