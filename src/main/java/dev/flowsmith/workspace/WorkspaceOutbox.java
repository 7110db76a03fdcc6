package dev.flowsmith.workspace;

import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The desktop's default mail transport: every message the mail operation sends lands as one JSON
 * file in the workspace's {@code outbox/} folder (named by send time and a counter, so the
 * listing is chronological), where the app shows it and nothing leaves the machine.
 */
public final class WorkspaceOutbox implements Mailer {

  public static final String FOLDER = "outbox";

  private final Path folder;
  private final Clock clock;
  private int counter;

  public WorkspaceOutbox(Path workspaceRoot, Clock clock) {
    this.folder = workspaceRoot.resolve(FOLDER);
    this.clock = clock;
  }

  @Override
  public synchronized void send(MailMessage message) {
    String name = String.format("%d-%04d.json", clock.millis(), counter++ % 10_000);
    try {
      AtomicFiles.write(folder.resolve(name), JsJson.stringify(toJson(message)).orElseThrow() + "\n");
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write to the outbox " + folder, unwritable);
    }
  }

  /** The sent messages, oldest first, as stored (from, to, cc, bcc, replyTo, subject, html, template). */
  public List<JsObject> messages() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<JsObject> messages = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        messages.add((JsObject) JsJson.parse(Files.readString(file)));
      }
    }
    return messages;
  }

  /** One stored mail: its file, when it was sent (from the file name) and the stored JSON. */
  public record Sent(Path file, Instant sentAt, JsObject message) {}

  /** The outbox folder (it may not exist yet). */
  public Path folder() {
    return folder;
  }

  /** The sent messages, newest first, with their files and send times; unreadable files are skipped. */
  public List<Sent> sent() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Sent> sent = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.reverseOrder()).toList()) {
        try {
          if (JsJson.parse(Files.readString(file)) instanceof JsObject message) {
            sent.add(new Sent(file, sentAt(file), message));
          }
        } catch (IOException | RuntimeException unreadable) {
          // a file being written by another process, or not a mail: the next listing shows it
        }
      }
    }
    return sent;
  }

  private static Instant sentAt(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dash = name.indexOf('-');
    try {
      return Instant.ofEpochMilli(Long.parseLong(dash > 0 ? name.substring(0, dash) : ""));
    } catch (NumberFormatException notOurs) {
      return Files.getLastModifiedTime(file).toInstant();
    }
  }

  /** A sent message as the outbox files hold it: from, to, cc, bcc, replyTo, subject, html, template. */
  public static JsObject toJson(MailMessage message) {
    JsObject.Builder json = JsObject.builder()
        .put("from", nullable(message.from()))
        .put("to", strings(message.to()))
        .put("cc", strings(message.cc()))
        .put("bcc", strings(message.bcc()))
        .put("replyTo", strings(message.replyTo()))
        .put("subject", nullable(message.subject()))
        .put("html", nullable(message.html()));
    if (message.template() != null) {
      json.put("template", JsObject.of("name", JsValue.of(message.template().name()), "data",
          message.template().data()));
    }
    return json.build();
  }

  private static JsValue nullable(String text) {
    return text == null ? JsValue.NULL : JsValue.of(text);
  }

  private static JsArray strings(List<String> values) {
    List<JsValue> out = new ArrayList<>();
    values.forEach(v -> out.add(JsValue.of(v)));
    return new JsArray(out);
  }
}
