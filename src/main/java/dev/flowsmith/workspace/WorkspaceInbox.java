package dev.flowsmith.workspace;

import dev.flowsmith.engine.notification.Notification;
import dev.flowsmith.engine.notification.Notifier;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Notifications kept in the workspace's {@code notifications.json}: recipient, subject, message,
 * collection and item, as Directus's {@code directus_notifications} rows. All of a call's
 * notifications are stored or none (the file is rewritten atomically); ids continue across runs.
 */
public final class WorkspaceInbox implements Notifier {

  public static final String FILE = "notifications.json";

  private final Path file;
  private final Clock clock;

  public WorkspaceInbox(Path workspaceRoot, Clock clock) {
    this.file = workspaceRoot.resolve(FILE);
    this.clock = clock;
  }

  @Override
  public synchronized List<Long> create(List<Notification> notifications, JsValue accountability) {
    List<JsValue> rows = new ArrayList<>(rows().elements());
    long next = rows.stream().mapToLong(r -> (long) ((JsNumber) ((JsObject) r).get("id")).value()).max().orElse(0) + 1;
    List<Long> ids = new ArrayList<>();
    for (Notification n : notifications) {
      if (n.recipient() == null || n.subject() == null) {
        // the database refuses a row without these (engine.md §6.10)
        throw new JsException(JsError.directus("NOT_NULL_VIOLATION", 400,
            "Value for field \"" + (n.recipient() == null ? "recipient" : "subject") + "\" in collection "
                + "\"directus_notifications\" can't be null.", null));
      }
      rows.add(JsObject.builder().put("id", JsValue.of(next)).put("timestamp", clock.instant().toString())
          .put("status", "inbox").put("recipient", n.recipient()).put("sender", text(n.sender()))
          .put("subject", n.subject()).put("message", text(n.message())).put("collection", text(n.collection()))
          .put("item", text(n.item())).build());
      ids.add(next++);
    }
    try {
      AtomicFiles.write(file, JsJson.stringify(new JsArray(rows)).orElseThrow() + "\n");
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write " + file, unwritable);
    }
    return ids;
  }

  /** Every stored notification, oldest first. */
  public synchronized JsArray rows() {
    if (!Files.exists(file)) {
      return JsArray.EMPTY;
    }
    try {
      return (JsArray) JsJson.parse(Files.readString(file));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + file, unreadable);
    }
  }

  private static JsValue text(String value) {
    return value == null ? JsValue.NULL : JsValue.of(value);
  }
}
