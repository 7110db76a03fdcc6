package dev.flowsmith.app.panel;

import dev.flowsmith.app.canvas.FlowColours;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.jspecify.annotations.Nullable;

/**
 * Flow setup (editor.md §10.1): name, status, description, icon, colour and what the flow
 * tracks. Each field writes through the editor as one mergeable step per field.
 */
public final class FlowSettingsPanel extends FlowPanel {

  /** The accountability choices; "none" stands for the stored null (track nothing). */
  private static final String NONE = "none";
  private static final Map<String, String> TRACKING = Map.of("all", "Track Activity & Logs",
      "activity", "Activity only", NONE, "Don't track anything");

  private final TextField name = new TextField();
  private final Label nameProblem = new Label("A name is required.");
  private final ToggleButton active = new ToggleButton("Active");
  private final ToggleButton inactive = new ToggleButton("Inactive");
  private final SegmentedButton status = new SegmentedButton(active, inactive);
  private final TextField description = new TextField();
  private final IconPicker icon = new IconPicker();
  private final ColorPicker color = new ColorPicker();
  private final ComboBox<String> accountability = new ComboBox<>();
  private final FormGrid grid = new FormGrid();
  private final VBox box = new VBox();
  private boolean refreshing;

  public FlowSettingsPanel(FlowEditor editor) {
    super(editor);
    name.setId("flow-name");
    nameProblem.setId("flow-name-problem");
    nameProblem.getStyleClass().add("field-problem");
    status.setId("flow-status");
    active.setId("flow-status-active");
    inactive.setId("flow-status-inactive");
    description.setId("flow-description");
    icon.field().setId("flow-icon");
    color.setId("flow-color");
    Button clearColor = new Button("×");
    clearColor.setId("flow-color-clear");
    clearColor.getStyleClass().add("color-clear");
    accountability.setId("flow-accountability");
    accountability.getItems().setAll("all", "activity", NONE);
    accountability.setConverter(labels(TRACKING));

    name.textProperty().addListener((obs, old, now) -> {
      showNameProblem(now.isBlank());
      if (!now.isBlank()) {
        change("Rename flow", "name", f -> copy(f, now, f.icon(), f.color(), f.description(), f.status(),
            f.accountability()));
      }
    });
    status.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        // a click on the selected segment would leave none: the status is always one of the two
        (old == null ? active : (ToggleButton) old).setSelected(true);
        return;
      }
      change("Change status", "status", f -> f.withStatus(now == inactive ? Flow.INACTIVE : Flow.ACTIVE));
    });
    description.textProperty().addListener((obs, old, now) -> change("Edit description", "description",
        f -> copy(f, f.name(), f.icon(), f.color(), blankToNull(now), f.status(), f.accountability())));
    icon.setOnPick(now -> change("Change icon", "icon",
        f -> copy(f, f.name(), now, f.color(), f.description(), f.status(), f.accountability())));
    color.valueProperty().addListener((obs, old, now) -> change("Change colour", "color",
        f -> copy(f, f.name(), f.icon(), now == null ? null : FlowColours.hex(now), f.description(), f.status(),
            f.accountability())));
    clearColor.setOnAction(e -> change("Clear colour", "color",
        f -> copy(f, f.name(), f.icon(), null, f.description(), f.status(), f.accountability())));
    accountability.valueProperty().addListener((obs, old, now) -> change("Change tracking", "accountability",
        f -> copy(f, f.name(), f.icon(), f.color(), f.description(), f.status(),
            now == null || NONE.equals(now) ? null : now)));
    for (Node field : List.of(name, description)) {
      field.focusedProperty().addListener((obs, was, now) -> editor.preventMerge());
    }

    grid.add(PanelLayout.required("Name", new VBox(name, nameProblem)), false)
        .add(PanelLayout.labelled("Status", status), false)
        .add(PanelLayout.labelled("Description", description), true)
        .add(PanelLayout.labelled("Icon", icon.field()), false)
        .add(PanelLayout.labelled("Color", new HBox(color, clearColor)), false)
        .add(PanelLayout.labelled("Activity & Logs Tracking", accountability), true);
    box.getStyleClass().addAll("side-panel-content", "flow-settings-panel");
    box.getChildren().setAll(grid.node());
    refresh();
  }

  @Override
  public Node node() {
    return box;
  }

  private void change(String description, String field, java.util.function.UnaryOperator<Flow> edit) {
    if (!refreshing) {
      editor.edit(description, edit, List.of("flow", field));
    }
  }

  @Override
  protected void refresh() {
    Flow flow = editor.flow();
    refreshing = true;
    try {
      if (!name.getText().equals(flow.name()) && !(flow.name().isEmpty() && name.getText().isBlank())) {
        name.setText(flow.name());
      }
      showNameProblem(flow.name().isBlank());
      (Flow.INACTIVE.equals(flow.status()) ? inactive : active).setSelected(true);
      PanelLayout.setIfDifferent(description, flow.description() == null ? "" : flow.description());
      icon.setCurrent(flow.icon());
      Color shown = FlowColours.parse(flow.color());
      if (shown == null ? color.getValue() != null : !shown.equals(color.getValue())) {
        color.setValue(shown);
      }
      accountability.setValue(flow.accountability() == null ? NONE : flow.accountability());
    } finally {
      refreshing = false;
    }
  }

  private void showNameProblem(boolean shown) {
    nameProblem.setVisible(shown);
    nameProblem.setManaged(shown);
    name.pseudoClassStateChanged(TextEditor.INVALID, shown);
  }

  /** A copy of the flow with its settings replaced (the model has no with… for each of them). */
  static Flow copy(Flow f, String name, @Nullable String icon, @Nullable String color, @Nullable String description,
      String status, @Nullable String accountability) {
    return new Flow(f.id(), name, icon, color, description, status, f.trigger(), accountability, f.options(),
        f.operation(), f.dateCreated(), f.userCreated(), f.operations(), f.extra());
  }

  private static @Nullable String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }

  private static StringConverter<String> labels(Map<String, String> labels) {
    return new StringConverter<>() {
      @Override
      public String toString(@Nullable String value) {
        return value == null ? "" : labels.getOrDefault(value, value);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    };
  }
}
