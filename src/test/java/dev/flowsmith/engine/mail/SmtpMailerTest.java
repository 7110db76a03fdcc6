package dev.flowsmith.engine.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SmtpMailer against a real SMTP server (GreenMail) on loopback. */
class SmtpMailerTest {

  @RegisterExtension
  static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpMailer mailer() {
    return new SmtpMailer(SmtpSettings.plain("127.0.0.1", SERVER.getSmtp().getPort()));
  }

  @Test
  void deliversAnHtmlMessageToEveryRecipient() throws Exception {
    MailMessage message = new MailMessage("Directus <no-reply@example.com>",
        List.of("grace@example.com, Ada <ada@example.com>"), List.of("cc@example.com"),
        List.of("bcc@example.com"), List.of("reply@example.com"), "Your article is “live”",
        "<p>Hi Grace,</p>\n", null);

    mailer().send(message);

    MimeMessage[] received = SERVER.getReceivedMessages();
    assertThat(received).hasSize(4); // one copy per recipient, bcc included
    MimeMessage mail = received[0];
    assertThat(mail.getFrom()).containsExactly(new InternetAddress("Directus <no-reply@example.com>"));
    assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("grace@example.com", "Ada <ada@example.com>");
    assertThat(mail.getReplyTo()).extracting(Object::toString).containsExactly("reply@example.com");
    assertThat(mail.getSubject()).isEqualTo("Your article is “live”");
    assertThat(mail.getContentType()).startsWith("text/html");
    assertThat(GreenMailUtil.getBody(mail)).contains("<p>Hi Grace,</p>");
  }

  @Test
  void aMessageWithoutRecipientsIsRefused() {
    MailMessage nobody = new MailMessage(null, List.of(), List.of(), List.of(), List.of(), "x", "y", null);

    assertThatThrownBy(() -> mailer().send(nobody)).isInstanceOf(MailException.class)
        .hasMessage("No recipients defined");
  }

  @Test
  void anUnreachableServerIsAMailException() {
    SmtpMailer nowhere = new SmtpMailer(SmtpSettings.plain("127.0.0.1", 1));
    MailMessage message = new MailMessage(null, List.of("a@example.com"), List.of(), List.of(),
        List.of(), "x", "y", null);

    assertThatThrownBy(() -> nowhere.send(message)).isInstanceOf(MailException.class);
  }
}
