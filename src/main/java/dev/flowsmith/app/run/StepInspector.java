package dev.flowsmith.app.run;

import dev.flowsmith.app.viewmodel.TextClipboard;
import dev.flowsmith.model.JsonValue.JsonObject;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.geometry.Orientation;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * One step in detail (engine.md §8.3, plus what Directus does not show): the options as
 * rendered, the value it produced, and the whole data chain right after it, each a
 * {@link JsonTreeView}. While a run is paused it shows the chain so far instead.
 */
public final class StepInspector extends VBox {

  private final Label title = new Label();
  private final JsonTreeView options;
  private final JsonTreeView value;
  private final JsonTreeView chain;

  public StepInspector(TextClipboard clipboard) {
    setId("run-inspector");
    getStyleClass().add("run-inspector");
    title.getStyleClass().add("run-inspector-title");
    title.setId("run-inspector-title");
    options = new JsonTreeView("options", clipboard);
    value = new JsonTreeView("value", clipboard);
    chain = new JsonTreeView("chain", clipboard);
    // the inspector shows live values; mark the ones history and exports keep masked
    value.showStorageMasks(true);
    chain.showStorageMasks(true);
    SplitPane parts = new SplitPane(pane("Options (rendered)", options), pane("Value", value),
        pane("Data chain", chain));
    // side by side: the bottom panel is wide and short, and each part needs its height for the tree
    parts.setOrientation(Orientation.HORIZONTAL);
    parts.setDividerPositions(0.3, 0.55);
    VBox.setVgrow(parts, Priority.ALWAYS);
    getChildren().addAll(title, parts);
    show(null);
  }

  private static TitledPane pane(String text, JsonTreeView content) {
    TitledPane pane = new TitledPane(text, content);
    pane.setCollapsible(false);
    pane.setMaxHeight(Double.MAX_VALUE);
    pane.getStyleClass().add("run-inspector-part");
    return pane;
  }

  /** Shows a step, or nothing. */
  public void show(@Nullable LiveStep step) {
    if (step == null) {
      title.setText("Select a step to inspect it");
      options.setValue(null, "");
      value.setValue(null, "");
      chain.setValue(null, "");
      return;
    }
    title.setText(step.key() + (step.type() == null ? "" : " (" + step.type() + ")") + " — " + step.status()
        + (step.durationText().isEmpty() ? "" : ", " + step.durationText()));
    options.setValue(step.options(), "");
    value.setValue(step.value(), step.key());
    chain.setValue(step.chainAfter(), "");
  }

  /** A paused run: the step it waits before, and the chain after the last finished step. */
  public void showPaused(String pausedBeforeKey, @Nullable JsonObject chainSoFar) {
    title.setText("Paused before " + pausedBeforeKey + " — the chain so far");
    options.setValue(null, "");
    value.setValue(null, "");
    chain.setValue(chainSoFar, "");
  }

  public JsonTreeView options() {
    return options;
  }

  public JsonTreeView value() {
    return value;
  }

  public JsonTreeView chain() {
    return chain;
  }
}
