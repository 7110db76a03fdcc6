package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.notification.InMemoryNotifier;
import dev.flowsmith.engine.notification.Notification;
import dev.flowsmith.engine.notification.Notifier;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notification operation (engine.md §6.10, D04). */
class NotificationOperationTest {

  private static final String USER = "00000000-0000-0000-0000-000000000000";
  private static final JsObject TRIGGER_ACCOUNTABILITY =
      JsObject.of("user", JsValue.of(USER), "role", JsValue.of(USER));
  private static final JsObject TEST_ROLE = JsObject.builder().put("role", "test")
      .put("user", JsValue.NULL).put("roles", JsArray.of(JsValue.of("test"))).put("admin", JsValue.FALSE)
      .put("app", JsValue.TRUE).put("ip", JsValue.NULL).build();

  /** Remembers what the operation asked for, and answers like the in-memory inbox. */
  private static final class RecordingNotifier implements Notifier {
    final InMemoryNotifier inbox = new InMemoryNotifier();
    final List<JsValue> accountabilities = new ArrayList<>();

    @Override
    public List<Long> create(List<Notification> notifications, JsValue accountability) {
      accountabilities.add(accountability);
      return inbox.create(notifications, accountability);
    }
  }

  private final RecordingNotifier notifier = new RecordingNotifier();
  private final NotificationOperation operation = new NotificationOperation();

  private JsValue run(JsObject options) {
    RunServices services = RunServices.builder()
        .add(Notifier.class, notifier)
        .add(Roles.class, role -> role.equals("test") ? Optional.of(TEST_ROLE) : Optional.empty())
        .build();
    return operation.run(options, IoTestContexts.context("notification", services,
        TRIGGER_ACCOUNTABILITY, Cancellation.none()));
  }

  private static JsObject.Builder notify(JsValue recipient) {
    return JsObject.builder().put("recipient", recipient).put("subject", "Hi");
  }

  private Notification stored(int index) {
    return notifier.inbox.notifications().get(index).notification();
  }

  @Test
  void d04MissingOrTriggerPermissionsActAsTheTrigger() {
    run(notify(JsArray.of(JsValue.of(USER))).build());
    run(notify(JsArray.of(JsValue.of(USER))).put("permissions", "$trigger").build());
    run(notify(JsArray.of(JsValue.of(USER))).put("permissions", "").build());

    assertThat(notifier.accountabilities).containsOnly(TRIGGER_ACCOUNTABILITY);
    assertThat(stored(0).sender()).isEqualTo(USER);
  }

  @Test
  void d04FullIsUnrestrictedWithoutSender() {
    run(notify(JsArray.of(JsValue.of(USER))).put("permissions", "$full").build());

    assertThat(notifier.accountabilities).containsExactly(JsValue.NULL);
    assertThat(stored(0).sender()).isNull();
  }

  @Test
  void d04PublicAndRolesUseTheirAccountability() {
    run(notify(JsArray.of(JsValue.of(USER))).put("permissions", "$public").build());
    run(notify(JsArray.of(JsValue.of(USER))).put("permissions", "test").build());

    assertThat(notifier.accountabilities).containsExactly(NotificationOperation.PUBLIC, TEST_ROLE);
    assertThat(NotificationOperation.PUBLIC.keys())
        .containsExactly("role", "user", "roles", "admin", "app", "ip");
  }

  @Test
  void anUnknownRoleRejects() {
    assertThatThrownBy(() -> run(notify(JsValue.of(USER)).put("permissions", "nope").build()))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value()).isEqualTo(
            JsError.error("Configured role \"nope\" isn't a valid role ID or doesn't exist.")));
  }

  @Test
  void d04MessagesAreStringified() {
    run(notify(JsValue.of(USER)).put("message", JsValue.NULL).build());
    run(notify(JsValue.of(USER)).put("message", 123).build());
    run(notify(JsValue.of(USER)).put("message", JsObject.of("test", JsValue.of("test"))).build());

    assertThat(notifier.inbox.notifications()).extracting(s -> s.notification().message())
        .containsExactly(null, "123", "{\"test\":\"test\"}");
  }

  @Test
  void collectionAndItemAreStringifiedOrNull() {
    run(notify(JsValue.of(USER)).put("collection", "articles").put("item", 123).build());
    run(notify(JsValue.of(USER)).put("collection", "").put("item", 0).build());

    assertThat(stored(0).collection()).isEqualTo("articles");
    assertThat(stored(0).item()).isEqualTo("123");
    assertThat(stored(1).collection()).isNull();
    assertThat(stored(1).item()).isNull();
  }

  @Test
  void oneNotificationPerRecipientWithIncrementingIds() {
    JsValue first = run(notify(JsValue.of("u1,u2")).build());
    JsValue second = run(notify(JsArray.of(JsValue.of("u3"))).build());

    assertThat(first).isEqualTo(JsArray.of(JsValue.of(1), JsValue.of(2)));
    assertThat(second).isEqualTo(JsArray.of(JsValue.of(3)));
    assertThat(notifier.inbox.notifications()).extracting(s -> s.notification().recipient())
        .containsExactly("u1", "u2", "u3");
    assertThat(notifier.inbox.notifications()).extracting(InMemoryNotifier.Stored::status)
        .containsOnly("inbox");
  }

  @ParameterizedTest
  @ValueSource(strings = {"recipient", "subject"})
  void aMissingRequiredColumnRejectsTheWholeBatch(String missing) {
    JsObject options = notify(JsArray.of(JsValue.of("u1"), JsValue.of("u2"))).build().without(missing);

    assertThatThrownBy(() -> run(options)).isInstanceOfSatisfying(JsException.class, e -> {
      JsError error = (JsError) e.value();
      assertThat(error.get("code")).isEqualTo(JsValue.of("NOT_NULL_VIOLATION"));
      assertThat(error.message()).isEqualTo(
          "Value for field \"" + missing + "\" in collection \"directus_notifications\" can't be null.");
    });
    assertThat(notifier.inbox.notifications()).isEmpty();
  }

  @Test
  void withoutANotifierTheStepRejects() {
    assertThatThrownBy(() -> operation.run(notify(JsValue.of(USER)).build(),
        IoTestContexts.context("notification", RunServices.builder().build())))
        .isInstanceOf(JsException.class);
  }
}
