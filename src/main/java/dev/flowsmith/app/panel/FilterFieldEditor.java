package dev.flowsmith.app.panel;

import dev.flowsmith.app.panel.filter.FilterBuilder;
import dev.flowsmith.app.panel.filter.FilterModel;
import dev.flowsmith.app.panel.filter.FilterModel.Group;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * Condition Rules: the {@link FilterBuilder}, with a Raw JSON switch to the JSON code editor.
 * Switching back parses the text; a filter the builder cannot show (or text that is not JSON yet)
 * stays raw, with the reason under the switch. Each builder edit is one option change.
 */
final class FilterFieldEditor extends FieldEditor {

  private final FilterBuilder builder;
  private final CodeFieldEditor code;
  private final ToggleButton rawSwitch = new ToggleButton("Raw JSON");
  private final Label message = new Label();
  private final StackPane holder = new StackPane();
  private final VBox box;
  /** What the builder stands for in storage; null while the filter is absent and nothing was added. */
  private @Nullable JsonValue builderValue;

  FilterFieldEditor(String id, Supplier<List<String>> paths, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    builder = new FilterBuilder(typed -> ChainPaths.filter(paths.get(), typed), this::builderEdited);
    builder.setId(id + "-builder");
    code = new CodeFieldEditor(id, CodeLexer.Language.JSON, paths, value -> {
      if (rawSwitch.isSelected()) {
        changed();
      }
    });
    rawSwitch.setId(id + "-filter-raw");
    rawSwitch.getStyleClass().add("filter-raw-switch");
    rawSwitch.setTooltip(new Tooltip("Edit the filter as Directus JSON"));
    rawSwitch.setOnAction(e -> switched());
    message.setId(id + "-filter-message");
    message.getStyleClass().add("field-problem");
    message.setWrapText(true);
    showMessage(null);
    box = new VBox(new HBox(rawSwitch), message, holder);
    box.getStyleClass().add("filter-field");
    box.setId(id);
    code.editor().area().setId(id + "-json");
    holder.getChildren().setAll(builder);
  }

  FilterBuilder builder() {
    return builder;
  }

  private void builderEdited(Group tree) {
    Group storable = FilterBuilder.storable(tree);
    if (builderValue == null && storable.children().isEmpty()) {
      return; // a blank new row on an absent filter: nothing to store yet
    }
    builderValue = FilterModel.write(storable);
    code.show(builderValue);
    changed();
  }

  private void switched() {
    if (rawSwitch.isSelected()) {
      code.show(builderValue);
      holder.getChildren().setAll(code.node());
      showMessage(null);
      return;
    }
    JsonValue text = code.value();
    if (text instanceof JsonValue.JsonString) {
      stayRaw("the text is not JSON yet");
      return;
    }
    FilterModel.Parsed parsed = FilterModel.parse(text);
    if (!parsed.ok()) {
      stayRaw(parsed.problem());
      return;
    }
    builderValue = text;
    builder.show(parsed.root());
    holder.getChildren().setAll(builder);
    showMessage(null);
  }

  private void stayRaw(@Nullable String why) {
    rawSwitch.setSelected(true);
    holder.getChildren().setAll(code.node());
    showMessage("The builder cannot show this filter (" + why + "); it stays raw JSON.");
  }

  private void showMessage(@Nullable String text) {
    message.setText(text == null ? "" : text);
    message.setVisible(text != null);
    message.setManaged(text != null);
  }

  @Override
  Node node() {
    return box;
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    code.show(value);
    FilterModel.Parsed parsed = FilterModel.parse(value);
    if (parsed.ok() && !rawSwitch.isSelected()) {
      builderValue = value;
      builder.show(parsed.root());
      holder.getChildren().setAll(builder);
      showMessage(null);
    } else if (!parsed.ok()) {
      builderValue = value;
      stayRaw(parsed.problem());
    }
  }

  @Override
  protected @Nullable JsonValue value() {
    return rawSwitch.isSelected() ? code.value() : builderValue;
  }
}
