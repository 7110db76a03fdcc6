package dev.flowsmith.engine.notification;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An inbox in memory: ids count up from 1 as the table's auto-increment does, a notification
 * without recipient or subject is refused (the columns are NOT NULL) and nothing of the batch is
 * kept. Permissions are not checked and no e-mail goes out for recipients who asked for one;
 * the workspace's store does that. Thread-safe.
 */
public final class InMemoryNotifier implements Notifier {

  /** A stored notification with what the table adds: id, timestamp, status. */
  public record Stored(long id, Instant timestamp, String status, Notification notification) {}

  static final String COLLECTION = "directus_notifications";

  private final Clock clock;
  private final List<Stored> inbox = new ArrayList<>();
  private long lastId;

  public InMemoryNotifier() {
    this(Clock.systemUTC());
  }

  public InMemoryNotifier(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized List<Long> create(List<Notification> notifications, JsValue accountability) {
    for (Notification notification : notifications) {
      if (notification.recipient() == null) {
        throw notNull("recipient");
      }
      if (notification.subject() == null) {
        throw notNull("subject");
      }
    }
    List<Long> ids = new ArrayList<>();
    for (Notification notification : notifications) {
      long id = ++lastId;
      inbox.add(new Stored(id, clock.instant(), "inbox", notification));
      ids.add(id);
    }
    return ids;
  }

  /** Everything stored so far, oldest first. */
  public synchronized List<Stored> notifications() {
    return List.copyOf(inbox);
  }

  /** Directus' NOT_NULL_VIOLATION for a missing required column. */
  private static JsException notNull(String field) {
    JsObject extensions = JsObject.builder().put("collection", COLLECTION).put("field", field).build();
    return new JsException(JsError.directus("NOT_NULL_VIOLATION", 400,
        "Value for field \"" + field + "\" in collection \"" + COLLECTION + "\" can't be null.",
        extensions));
  }
}
