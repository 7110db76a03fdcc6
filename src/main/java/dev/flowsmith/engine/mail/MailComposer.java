package dev.flowsmith.engine.mail;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Directus' MailService does between the operation and the transport (engine.md §6.9): the
 * sender is {@code "<project name> <EMAIL_FROM>"}, a template is rendered with the project
 * defaults under its data, and every HTML line is trimmed (Directus does this because some mail
 * clients break on long indented lines).
 */
public final class MailComposer {

  private static final Pattern PLAIN_NAME = Pattern.compile("[\\w ']*");

  private final MailSettings settings;
  private final MailTemplates templates;

  public MailComposer(MailSettings settings) {
    this.settings = settings;
    this.templates = new MailTemplates(settings.templatesDirectory());
  }

  /** The message ready for a {@link Mailer}; throws {@link MailException} for a bad template. */
  public MailMessage compose(MailMessage message) {
    String html = message.html();
    MailTemplate template = message.template();
    if (template != null) {
      html = templates.render(template.name(), templateData(template.data()));
    }
    if (html != null) {
      html = Arrays.stream(html.split("\n", -1)).map(JsStrings::trim).collect(Collectors.joining("\n"));
    }
    return message.withFrom(sender()).withHtml(html);
  }

  /** {@code {...defaultTemplateData, ...template.data}}. */
  private JsObject templateData(JsValue data) {
    MailSettings.Project project = settings.project();
    JsObject.Builder merged = JsObject.builder()
        .put("projectName", project.name())
        .put("projectColor", project.color())
        .put("projectLogo", project.logoUrl())
        .put("projectUrl", project.url());
    if (data instanceof JsObject object) {
      merged.putAll(object);
    }
    return merged.build();
  }

  /** nodemailer's form of {@code {name, address}}: the name quoted only when it needs to be. */
  private String sender() {
    String name = settings.project().name();
    String shown = PLAIN_NAME.matcher(name).matches() ? name
        : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return shown + " <" + settings.fromAddress() + ">";
  }
}
