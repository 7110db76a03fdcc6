package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.mail.MailLog;
import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.mail.MailSettings;
import dev.flowsmith.engine.mail.MailTemplate;
import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.mail.OutboxMailer;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The mail operation (engine.md §6.9, D10) and the golden published-notifies-author mail. */
class MailOperationTest {

  private final OutboxMailer outbox = new OutboxMailer();
  private final List<Exception> failures = new ArrayList<>();
  private final MailOperation operation = new MailOperation(Runnable::run);

  private JsValue run(JsObject options) {
    RunServices services = RunServices.builder()
        .add(Mailer.class, outbox)
        .add(MailLog.class, (message, error) -> failures.add(error))
        .build();
    return operation.run(options, IoTestContexts.context("mail", services));
  }

  private static JsObject.Builder mail(String type) {
    return JsObject.builder().put("to", JsArray.of(JsValue.of("a@example.com")))
        .put("subject", "Hello").put("type", type);
  }

  @Test
  void d10TemplateWithoutNameIsBaseWithEmptyData() {
    MailMessage message = operation.message(mail("template").build());

    assertThat(message.template()).isEqualTo(new MailTemplate("base", JsObject.EMPTY));
    assertThat(message.html()).isNull();
  }

  @Test
  void d10NamedTemplateKeepsItsData() {
    JsObject data = JsObject.of("key", JsValue.of("value"));
    MailMessage message = operation.message(mail("template").put("template", "custom")
        .put("data", data).build());

    assertThat(message.template()).isEqualTo(new MailTemplate("custom", data));
  }

  @Test
  void d10WysiwygBodyIsTheHtml() {
    assertThat(operation.message(mail("wysiwyg").put("body", "test body").build()).html())
        .isEqualTo("test body");
  }

  @Test
  void d10MarkdownBodyIsRenderedAndMissingTypeMeansMarkdown() {
    assertThat(operation.message(mail("markdown").put("body", "test body").build()).html())
        .isEqualTo("<p>test body</p>\n");
    assertThat(operation.message(mail("markdown").build().without("type").with("body",
        JsValue.of("*x*"))).html()).isEqualTo("<p><em>x</em></p>\n");
  }

  @Test
  void d10CcBccAndReplyToPassThroughAndTheResultIsNull() {
    JsValue result = run(mail("wysiwyg").put("body", "<b>hi</b>")
        .put("cc", "c@example.com, d@example.com").put("bcc", JsArray.of(JsValue.of("e@example.com")))
        .put("replyTo", "\"Support, Team\" <s@example.com>").build());

    assertThat(result).isEqualTo(JsValue.NULL);
    MailMessage sent = outbox.messages().get(0);
    assertThat(sent.cc()).containsExactly("c@example.com", "d@example.com");
    assertThat(sent.bcc()).containsExactly("e@example.com");
    assertThat(sent.replyTo()).containsExactly("\"Support, Team\" <s@example.com>");
  }

  @Test
  void goldenPublishedNotifiesAuthorSendsTheSameMail() {
    JsObject options = GoldenFiles.stepOptions(
        GoldenFiles.read("email-on-publish/published-notifies-author.expected.json"), "notify_author");
    JsObject expected = GoldenFiles.read("email-on-publish/published-notifies-author.mail.json");

    assertThat(run(options)).isEqualTo(JsValue.NULL);

    MailMessage sent = outbox.messages().get(0);
    assertThat(sent.from()).isEqualTo(text(expected, "from"));
    assertThat(String.join(", ", sent.to())).isEqualTo(text(expected, "to"));
    assertThat(sent.subject()).isEqualTo(text(expected, "subject"));
    assertThat(sent.html()).isEqualTo(text(expected, "html"));
    assertThat(failures).isEmpty();
  }

  private static String text(JsObject object, String key) {
    return ((JsString) object.get(key)).value();
  }

  @Test
  void templatesAreRenderedWithProjectDefaultsUnderTheirData() {
    run(mail("template").put("data", JsObject.of("html", JsValue.of("<p>Body</p>"),
        "projectName", JsValue.of("Acme"))).build());

    String html = outbox.messages().get(0).html();
    assertThat(html).contains("<p>Body</p>").contains("Acme").contains("#171717")
        .doesNotContain("{{");
    assertThat(html.lines()).allMatch(line -> line.equals(line.strip()));
    assertThat(outbox.messages().get(0).from()).isEqualTo("Directus <no-reply@example.com>");
  }

  @Test
  void deliveryFailuresAreOnlyReported() {
    JsValue result = run(mail("template").put("template", "missing").build());
    JsValue noRecipients = run(mail("wysiwyg").put("body", "x").build().without("to"));

    assertThat(result).isEqualTo(JsValue.NULL);
    assertThat(noRecipients).isEqualTo(JsValue.NULL);
    assertThat(outbox.messages()).isEmpty();
    assertThat(failures).extracting(Exception::getMessage).containsExactly(
        "Invalid payload. Template \"missing\" doesn't exist.", "No recipients defined");
  }

  @Test
  void aMissingMarkdownBodyRejectsAsMarkedDoes() {
    assertThatThrownBy(() -> run(mail("markdown").build()))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(((JsError) e.value()).message())
            .isEqualTo("marked(): input parameter is undefined or null\n"
                + "Please report this to https://github.com/markedjs/marked."));
  }

  @Test
  void theStepDoesNotWaitForDelivery() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch delivered = new CountDownLatch(1);
    Mailer slow = message -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      delivered.countDown();
    };
    RunServices services = RunServices.builder().add(Mailer.class, slow)
        .add(MailSettings.class, MailSettings.defaults()).build();

    JsValue result = new MailOperation().run(mail("wysiwyg").put("body", "x").build(),
        IoTestContexts.context("mail", services));

    assertThat(result).isEqualTo(JsValue.NULL);
    assertThat(delivered.getCount()).isEqualTo(1);
    release.countDown();
    assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
  }
}
