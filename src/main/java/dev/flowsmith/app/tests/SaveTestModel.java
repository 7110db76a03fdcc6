package dev.flowsmith.app.tests;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.flowtest.FlowTestWriter;
import dev.flowsmith.workspace.flowtest.TestFromRun;
import dev.flowsmith.workspace.history.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Save as Test…" of one run, without nodes: the test's name and the chain paths to expect (every
 * path of the run, the default ones chosen), then {@link #save} writes it with {@link FlowTestWriter}.
 */
public final class SaveTestModel {

  /** One path the user may expect, with the run's value there shortened for the list. */
  public record PathChoice(String path, String preview, BooleanProperty chosen) {}

  private static final int PREVIEW = 60;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final Flow flow;
  private final RunRecord run;
  private final Path workspace;
  private final StringProperty name = new SimpleStringProperty(this, "name");
  private final List<PathChoice> paths;
  private final BooleanBinding canSave;

  public SaveTestModel(Flow flow, RunRecord run, Path workspace, ZoneId zone) {
    this.flow = flow;
    this.run = run;
    this.workspace = workspace;
    name.set(run.source() + " run of " + WHEN.format(run.startedAt().atZone(zone)));
    Set<String> defaults = new HashSet<>(TestFromRun.defaultPaths(run));
    this.paths = TestFromRun.availablePaths(run).stream()
        .map(path -> new PathChoice(path, preview(path, run), new SimpleBooleanProperty(defaults.contains(path))))
        .toList();
    canSave = Bindings.createBooleanBinding(() -> name.get() != null && !name.get().isBlank()
        && !run.status().equals("cancelled"), name);
  }

  private static String preview(String path, RunRecord run) {
    JsonValue value = TestFromRun.valueAt(run, path);
    String text = value == null ? "" : JsonText.compact(value).strip();
    return text.length() > PREVIEW ? text.substring(0, PREVIEW) + "…" : text;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public List<PathChoice> paths() {
    return paths;
  }

  public List<String> chosenPaths() {
    return paths.stream().filter(p -> p.chosen().get()).map(PathChoice::path).toList();
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** Writes the test; returns its file. */
  public Path save() throws IOException, FlowFormatException {
    return FlowTestWriter.save(workspace, flow, TestFromRun.create(name.get(), flow, run, chosenPaths()));
  }

  public Flow flow() {
    return flow;
  }
}
