package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.mail.SmtpMailer;
import dev.flowsmith.engine.notification.Notification;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailAndNotificationsTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir
  Path workspace;

  private static MailMessage message(String subject) {
    return new MailMessage("Directus <no-reply@example.com>", List.of("grace@example.com"), List.of(), List.of(),
        List.of(), subject, "<p>Hi</p>\n", null);
  }

  @Test
  void withoutSmtpSettingsMailLandsInTheWorkspaceOutbox() throws Exception {
    Mailer mailer = MailTransport.from(JsonObject.EMPTY, workspace, Clock.systemUTC(), Map.of());
    mailer.send(message("first"));
    mailer.send(message("second"));

    WorkspaceOutbox outbox = new WorkspaceOutbox(workspace, Clock.systemUTC());
    assertThat(outbox.messages()).extracting(m -> JsJson.stringify(m.get("subject")).orElseThrow())
        .containsExactly("\"first\"", "\"second\"");
    assertThat(JsJson.stringify(outbox.messages().get(0).get("to")).orElseThrow())
        .isEqualTo("[\"grace@example.com\"]");
  }

  @Test
  void sentListsTheMailsNewestFirstWithTheirSendTimes() throws Exception {
    java.time.Instant at = java.time.Instant.parse("2026-01-02T03:04:05Z");
    WorkspaceOutbox outbox = new WorkspaceOutbox(workspace, Clock.fixed(at, java.time.ZoneOffset.UTC));
    assertThat(outbox.sent()).isEmpty();
    outbox.send(message("first"));
    outbox.send(message("second"));

    assertThat(outbox.sent()).extracting(m -> JsJson.stringify(m.message().get("subject")).orElseThrow())
        .containsExactly("\"second\"", "\"first\"");
    assertThat(outbox.sent().get(0).sentAt()).isEqualTo(at);
    assertThat(outbox.sent().get(0).file().getParent()).isEqualTo(outbox.folder());
  }

  @Test
  void smtpSettingsSendThroughARealSmtpServer() throws Exception {
    JsonObject settings = (JsonObject) JsonText.parseValue(
        "{\"smtp\": {\"host\": \"127.0.0.1\", \"port\": " + ServerSetupTest.SMTP.getPort() + "}}");
    Mailer mailer = MailTransport.from(settings, workspace, Clock.systemUTC(), Map.of());
    assertThat(mailer).isInstanceOf(SmtpMailer.class);

    mailer.send(message("over SMTP"));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("over SMTP");
  }

  @Test
  void badSmtpSettingsNameThePlace() {
    JsonObject settings = (JsonObject) parse("{\"smtp\": {\"port\": 25}}");
    assertThatThrownBy(() -> MailTransport.from(settings, workspace, Clock.systemUTC(), Map.of()))
        .hasMessageContaining("$.smtp.host: is required");
  }

  @Test
  void notificationsPersistAndIdsContinue() {
    WorkspaceInbox inbox = new WorkspaceInbox(workspace, Clock.systemUTC());
    Notification note = new Notification("u1", null, "Hello", "**hi**", "articles", "2");
    assertThat(inbox.create(List.of(note, note), JsValue.NULL)).containsExactly(1L, 2L);
    assertThat(new WorkspaceInbox(workspace, Clock.systemUTC()).create(List.of(note), JsValue.NULL))
        .containsExactly(3L);
    assertThat(JsJson.stringify(inbox.rows()).orElseThrow()).contains("\"subject\":\"Hello\"")
        .contains("\"collection\":\"articles\",\"item\":\"2\"");
  }

  @Test
  void aNotificationWithoutSubjectStoresNothing() {
    WorkspaceInbox inbox = new WorkspaceInbox(workspace, Clock.systemUTC());
    Notification ok = new Notification("u1", null, "Hello", null, null, null);
    Notification bad = new Notification("u1", null, null, null, null, null);
    assertThatThrownBy(() -> inbox.create(List.of(ok, bad), JsValue.NULL)).isInstanceOf(JsException.class);
    assertThat(inbox.rows().elements()).isEmpty();
  }

  private static dev.flowsmith.model.JsonValue parse(String text) {
    try {
      return JsonText.parseValue(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
