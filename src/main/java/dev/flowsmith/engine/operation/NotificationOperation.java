package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.template.OptionParsing.optionToString;
import static dev.flowsmith.model.OptionField.Kind.MARKDOWN;
import static dev.flowsmith.model.OptionField.Kind.TAGS;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.notification.Notification;
import dev.flowsmith.engine.notification.Notifier;
import dev.flowsmith.engine.template.OptionParsing;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code notification} ("Send Notification", engine.md §6.10): one notification per recipient
 * ({@code toArray(recipient)}), created through the run's {@link Notifier} in one batch, acting
 * as the accountability the {@code permissions} option selects. The sender is that
 * accountability's user; message, collection and item go through {@code optionToString} unless
 * they are falsy (then null). Result: the new ids (Directus' docs say null; its code returns ids).
 */
public final class NotificationOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("notification", "Send Notification", "notifications", List.of("subject", "message"),
        field("recipient", "Users", TAGS).half().required().build(),
        CommonOptions.permissions().half().build(),
        field("subject", "Title", TEXT).build(),
        field("message", "Message", MARKDOWN).build());

  /** Directus' accountability for {@code $public}: no user, no role, public policies. */
  static final JsObject PUBLIC = JsObject.builder()
      .put("role", JsValue.NULL)
      .put("user", JsValue.NULL)
      .put("roles", JsArray.EMPTY)
      .put("admin", JsValue.FALSE)
      .put("app", JsValue.FALSE)
      .put("ip", JsValue.NULL)
      .build();

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    JsValue accountability = accountability(options.get("permissions"), context);
    @Nullable String sender = accountability instanceof JsObject object
        && !object.get("user").isNullish() ? JsStrings.toJsString(object.get("user")) : null;
    @Nullable String message = stringOrNull(options.get("message"));
    @Nullable String collection = stringOrNull(options.get("collection"));
    @Nullable String item = stringOrNull(options.get("item"));
    JsValue subjectOption = options.get("subject");
    @Nullable String subject = subjectOption.isNullish() ? null : optionToString(subjectOption);

    List<Notification> notifications = new ArrayList<>();
    for (JsValue recipient : OptionParsing.toArray(options.get("recipient")).elements()) {
      notifications.add(new Notification(recipient.isNullish() ? null : JsStrings.toJsString(recipient),
          sender, subject, message, collection, item));
    }
    List<JsValue> ids = new ArrayList<>();
    for (long id : context.service(Notifier.class).create(notifications, accountability)) {
      ids.add(JsValue.of(id));
    }
    return new JsArray(ids);
  }

  /**
   * The permission table of engine.md §6 for notifications: missing, empty or {@code $trigger}
   * is the run's accountability, {@code $full} is null (unrestricted; the sender becomes null),
   * {@code $public} the public accountability, anything else a role id.
   */
  static JsValue accountability(JsValue permissions, OperationContext context) {
    if (!permissions.isTruthy() || permissions.equals(JsValue.of("$trigger"))) {
      return context.accountability();
    }
    if (permissions.equals(JsValue.of("$full"))) {
      return JsValue.NULL;
    }
    if (permissions.equals(JsValue.of("$public"))) {
      return PUBLIC;
    }
    String role = permissions instanceof JsString text ? text.value() : JsStrings.toJsString(permissions);
    return context.services().find(Roles.class).flatMap(roles -> roles.accountabilityFor(role))
        .<JsValue>map(found -> found)
        .orElseThrow(() -> JsException.of("Error",
            "Configured role \"" + role + "\" isn't a valid role ID or doesn't exist."));
  }

  private static @Nullable String stringOrNull(JsValue value) {
    return value.isTruthy() ? optionToString(value) : null;
  }
}
