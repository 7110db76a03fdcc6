package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** The request's headers (editor.md §7): rows of header and value, stored as {@code [{"header", "value"}]}. */
final class HeadersEditor extends FieldEditor {

  private record Row(TextField header, TextField value) {}

  private final VBox box = new VBox();
  private final VBox rows = new VBox();
  private final List<Row> entries = new ArrayList<>();
  private final String idPrefix;
  private final Supplier<List<String>> paths;

  HeadersEditor(String idPrefix, Supplier<List<String>> paths, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    this.idPrefix = idPrefix;
    this.paths = paths;
    box.getStyleClass().add("headers-editor");
    rows.getStyleClass().add("headers-rows");
    Button add = new Button("Add header");
    add.setId(idPrefix + "-add");
    add.getStyleClass().add("headers-add");
    add.setOnAction(e -> {
      addRow("", "");
      changed();
    });
    box.getChildren().setAll(rows, add);
  }

  private void addRow(String header, String value) {
    Row row = new Row(new TextField(header), new TextField(value));
    int index = entries.size();
    row.header().setPromptText("Header");
    row.value().setPromptText("Value");
    row.header().setId(idPrefix + "-header-" + index);
    row.value().setId(idPrefix + "-value-" + index);
    TemplateCompletion.attach(row.value(), paths);
    row.header().textProperty().addListener((obs, old, now) -> changed());
    row.value().textProperty().addListener((obs, old, now) -> changed());
    Button remove = new Button("×");
    remove.setId(idPrefix + "-remove-" + index);
    remove.getStyleClass().add("headers-remove");
    HBox line = new HBox(row.header(), row.value(), remove);
    line.getStyleClass().add("headers-row");
    HBox.setHgrow(row.header(), Priority.ALWAYS);
    HBox.setHgrow(row.value(), Priority.ALWAYS);
    remove.setOnAction(e -> {
      entries.remove(row);
      rows.getChildren().remove(line);
      changed();
    });
    entries.add(row);
    rows.getChildren().add(line);
  }

  int rowCount() {
    return entries.size();
  }

  @Override
  Node node() {
    return box;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return value == null || value instanceof JsonValue.JsonArray array
        && array.elements().stream().allMatch(JsonObject.class::isInstance);
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    entries.clear();
    rows.getChildren().clear();
    if (value instanceof JsonValue.JsonArray array) {
      for (JsonValue element : array.elements()) {
        JsonObject header = (JsonObject) element;
        addRow(header.get("header").map(FieldEditor::asText).orElse(""),
            header.get("value").map(FieldEditor::asText).orElse(""));
      }
    }
  }

  @Override
  protected @Nullable JsonValue value() {
    if (entries.isEmpty()) {
      return null;
    }
    List<JsonValue> headers = new ArrayList<>();
    for (Row row : entries) {
      headers.add(JsonObject.builder().put("header", row.header().getText()).put("value", row.value().getText())
          .build());
    }
    return new JsonValue.JsonArray(headers);
  }
}
