package dev.flowsmith.engine.run;

import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.mail.OutboxMailer;
import dev.flowsmith.engine.notification.InMemoryNotifier;
import dev.flowsmith.engine.notification.Notifier;
import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.operation.Roles;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.value.JsException;
import java.util.Optional;

/**
 * The services of a run that needs no setup: an in-memory item store (empty, or loaded from a
 * schema snapshot and seed items), a mail outbox and a notification inbox kept in memory. The
 * CLI's {@code run} and the tests use it; the workspace runtime brings the persistent versions.
 */
public final class InMemoryWorld {

  private final ItemStore items;
  private final OutboxMailer outbox = new OutboxMailer();
  private final InMemoryNotifier notifications = new InMemoryNotifier();

  public InMemoryWorld(ItemStore items) {
    this.items = items;
  }

  /** A world whose item store knows no collections. */
  public static InMemoryWorld empty() {
    return new InMemoryWorld(InMemoryItemStore.builder(new dev.flowsmith.engine.item.Schema(java.util.Map.of(), java.util.List.of())).build());
  }

  public ItemStore items() {
    return items;
  }

  public OutboxMailer outbox() {
    return outbox;
  }

  public InMemoryNotifier notifications() {
    return notifications;
  }

  /** The services, with {@code log} receiving the log operation's lines. */
  public RunServices.Builder services(LogSink log) {
    return RunServices.builder()
        .add(ItemStore.class, items)
        .add(Mailer.class, outbox)
        .add(Notifier.class, notifications)
        .add(Roles.class, this::role)
        .add(LogSink.class, log);
  }

  /** Roles come from the item store's role table (engine.md §6, permission resolution). */
  private Optional<dev.flowsmith.engine.value.JsObject> role(String roleId) {
    try {
      return Optional.of(items.accountabilityForRole(roleId));
    } catch (JsException unknownRole) {
      return Optional.empty();
    }
  }
}
