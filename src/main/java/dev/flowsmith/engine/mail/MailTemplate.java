package dev.flowsmith.engine.mail;

import dev.flowsmith.engine.value.JsValue;
import java.util.Objects;

/**
 * A liquid template to render as the message body: {@code template || "base"} and
 * {@code data || {}} as the mail operation passes them (engine.md §6.9).
 */
public record MailTemplate(String name, JsValue data) {

  public MailTemplate {
    Objects.requireNonNull(name);
    Objects.requireNonNull(data);
  }
}
