package dev.flowsmith.app.runtime;

import dev.flowsmith.engine.operation.LogSink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the log operation prints (engine.md: Directus writes it to the server console), kept as
 * the app's console: the last {@value #CAPACITY} lines, appended on the JavaFX thread because
 * runs log from their own threads.
 */
public final class ConsoleLog implements LogSink {

  public static final int CAPACITY = 1_000;

  /** One printed line. */
  public record Line(Instant at, String flowName, String operationKey, String message) {}

  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final Clock clock;
  private final Consumer<Runnable> fxThread;

  public ConsoleLog(Clock clock) {
    this(clock, Platform::runLater);
  }

  /** @param fxThread how to reach the UI thread; tests pass {@code Runnable::run} */
  public ConsoleLog(Clock clock, Consumer<Runnable> fxThread) {
    this.clock = clock;
    this.fxThread = fxThread;
  }

  @Override
  public void info(String flowName, String operationKey, String message) {
    Line line = new Line(clock.instant(), flowName, operationKey, message);
    fxThread.accept(() -> {
      lines.add(line);
      if (lines.size() > CAPACITY) {
        lines.remove(0, lines.size() - CAPACITY);
      }
    });
  }

  /** The lines, oldest first; change only on the JavaFX thread. */
  public ObservableList<Line> lines() {
    return lines;
  }

  public void clear() {
    lines.clear();
  }

  /** A copy for tests and export. */
  public List<Line> snapshot() {
    return new ArrayList<>(lines);
  }
}
