package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.Kind.MARKDOWN;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TAGS;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.mail.MailComposer;
import dev.flowsmith.engine.mail.MailException;
import dev.flowsmith.engine.mail.MailLog;
import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.mail.MailSettings;
import dev.flowsmith.engine.mail.MailTemplate;
import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.mail.MarkdownRenderer;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * {@code mail} ("Send Email", engine.md §6.9). Builds {@code {to, subject, cc, bcc, replyTo}} and
 * either {@code html} (Markdown rendered and sanitized, or the body as is for {@code wysiwyg}) or
 * a liquid {@code template} ({@code template || "base"} with {@code data || {}}); resolves
 * {@code null} at once and delivers in the background: composing ({@link MailComposer}) and
 * sending through the run's {@link Mailer} happen on the delivery executor, and their failures go
 * to the run's {@link MailLog}, never to the flow. Only Markdown rendering runs inside the step,
 * so a Markdown body that is missing rejects, as marked's error does in Directus.
 */
public final class MailOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("mail", "Send Email", "mail", List.of("subject", "to", "type"),
        field("to", "To", TAGS).required().build(),
        field("subject", "Subject", TEXT).build(),
        field("cc", "CC", TAGS).build(),
        field("bcc", "BCC", TAGS).build(),
        field("replyTo", "Reply To", TAGS).build(),
        field("type", "Type", SELECT).half().choices("markdown", "wysiwyg", "template").defaultValue("markdown").build(),
        field("template", "Template", TEXT).half().when("type", "template").build(),
        field("body", "Body", MARKDOWN).when("type", "markdown", "wysiwyg").build(),
        field("data", "Data", JSON).when("type", "template").build());

  static final String MARKED_MISSING_INPUT = "marked(): input parameter is undefined or null\n"
      + "Please report this to https://github.com/markedjs/marked.";

  private final Executor delivery;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  /** Delivers on background daemon threads, so a slow mail server never holds up a run. */
  public MailOperation() {
    this(backgroundDelivery());
  }

  /** Delivers on the given executor ({@code Runnable::run} delivers before the step ends). */
  public MailOperation(Executor delivery) {
    this.delivery = delivery;
  }

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    MailMessage message = message(options);
    Optional<Mailer> mailer = context.services().find(Mailer.class);
    MailSettings settings = context.services().find(MailSettings.class).orElse(MailSettings.defaults());
    MailLog log = context.services().find(MailLog.class).orElse(MailLog.SYSTEM);
    Runnable send = () -> {
      try {
        MailMessage composed = new MailComposer(settings).compose(message);
        mailer.orElseThrow(() -> new MailException("No mailer is configured for this run"))
            .send(composed);
      } catch (RuntimeException e) {
        log.failed(message, e);
      }
    };
    try {
      delivery.execute(send);
    } catch (RejectedExecutionException e) {
      log.failed(message, e);
    }
    return JsValue.NULL;
  }

  /** The message the handler hands to the mail service (D10), before composing. */
  MailMessage message(JsObject options) {
    JsValue body = options.get("body");
    JsValue type = options.get("type");
    @Nullable String safeBody = body instanceof JsString text ? text.value()
        : JsJson.stringify(body).orElse(null);
    @Nullable String html = null;
    @Nullable MailTemplate template = null;
    if (type.equals(JsValue.of("template"))) {
      JsValue name = options.get("template");
      JsValue data = options.get("data");
      template = new MailTemplate(name.isTruthy() ? JsStrings.toJsString(name) : "base",
          data.isTruthy() ? data : JsObject.EMPTY);
    } else if (type.equals(JsValue.of("wysiwyg"))) {
      html = safeBody;
    } else {
      if (safeBody == null) {
        throw JsException.of("Error", MARKED_MISSING_INPUT);
      }
      html = markdown.render(safeBody);
    }
    JsValue subject = options.get("subject");
    return new MailMessage(null, addresses(options.get("to")), addresses(options.get("cc")),
        addresses(options.get("bcc")), addresses(options.get("replyTo")),
        subject.isNullish() ? null : JsStrings.toJsString(subject), html, template);
  }

  /**
   * Recipients as nodemailer reads them: an array of entries or one comma-separated string;
   * entries are split at commas outside quotes and angle brackets, empty ones dropped.
   */
  static List<String> addresses(JsValue value) {
    List<String> entries = new ArrayList<>();
    if (value.isNullish()) {
      return entries;
    }
    List<JsValue> items = value instanceof JsArray array ? array.elements() : List.of(value);
    for (JsValue item : items) {
      if (!item.isNullish()) {
        splitAddresses(JsStrings.toJsString(item), entries);
      }
    }
    return entries;
  }

  private static void splitAddresses(String text, List<String> into) {
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        angle++;
      } else if (!quoted && c == '>' && angle > 0) {
        angle--;
      } else if (!quoted && angle == 0 && (c == ',' || c == ';')) {
        addTrimmed(current, into);
        continue;
      }
      current.append(c);
    }
    addTrimmed(current, into);
  }

  private static void addTrimmed(StringBuilder entry, List<String> into) {
    String trimmed = entry.toString().trim();
    if (!trimmed.isEmpty()) {
      into.add(trimmed);
    }
    entry.setLength(0);
  }

  private static ExecutorService backgroundDelivery() {
    return Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "flowsmith-mail");
      thread.setDaemon(true);
      return thread;
    });
  }
}
