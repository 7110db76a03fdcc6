package dev.flowsmith.app.run;

import dev.flowsmith.app.viewmodel.TextClipboard;
import dev.flowsmith.model.JsonValue.JsonObject;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * One step in detail (engine.md §8.3, plus what Directus does not show): the whole data chain
 * right after it, the value it produced and the options as rendered, each a {@link JsonTreeView}
 * on a tab of its own so the tree gets the inspector's full width. While a run is paused it shows
 * the chain so far instead.
 */
public final class StepInspector extends VBox {

  private final Label title = new Label();
  private final JsonTreeView options;
  private final JsonTreeView value;
  private final JsonTreeView chain;
  private final TabPane parts = new TabPane();
  private final Tab chainTab;

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
    // one wide tree at a time: three trees side by side left each 100–200 px at 1,366 px (issue 16)
    chainTab = tab("inspector-chain-tab", "Data chain", chain);
    parts.getTabs().setAll(chainTab, tab("inspector-value-tab", "Value", value),
        tab("inspector-options-tab", "Options (rendered)", options));
    parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    parts.setId("run-inspector-tabs");
    parts.getStyleClass().add("run-inspector-tabs");
    VBox.setVgrow(parts, Priority.ALWAYS);
    getChildren().addAll(title, parts);
    show(null);
  }

  private static Tab tab(String id, String text, JsonTreeView content) {
    Tab tab = new Tab(text, content);
    tab.setId(id);
    return tab;
  }

  /** The tabs: Data chain, Value, Options (rendered); the one chosen stays chosen from step to step. */
  public TabPane parts() {
    return parts;
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
    parts.getSelectionModel().select(chainTab);
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
