package dev.flowsmith.app.panel;

import dev.flowsmith.app.canvas.MaterialIcons;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one operation type picker: a searchable list of the core types with Directus's icons.
 * Drag-create and Edit › Add Operation show it where the new operation will go
 * ({@link #show(Node, double, double, Consumer, Runnable)}); the side panel shows the current type
 * as a button ({@link #field()}) that opens the same list under itself. Typing filters by display
 * name or id; Up/Down move, Enter or a click picks; Esc or a click elsewhere cancels.
 */
public final class TypePicker {

  private final SearchPopup<OperationType> popup = new SearchPopup<>("Add operation", "Search operations…",
      "type-picker", List.copyOf(StandardOperations.types().all()),
      (type, needle) -> type.displayName().toLowerCase(Locale.ROOT).contains(needle) || type.id().contains(needle),
      OperationType::displayName, TypePicker::row, type -> "type-" + type.id());
  private final Button field = new Button();
  private Consumer<String> onFieldPick = type -> { };
  private String current = "";

  public TypePicker() {
    field.getStyleClass().add("type-picker-field");
    field.setMaxWidth(Double.MAX_VALUE);
    field.setMinWidth(0);
    field.setContentDisplay(ContentDisplay.LEFT);
    field.setOnAction(e -> {
      Bounds below = field.localToScreen(field.getBoundsInLocal());
      show(field, below.getMinX(), below.getMaxY(), type -> {
        if (!type.equals(current)) {
          onFieldPick.accept(type);
        }
      }, () -> { });
    });
  }

  /**
   * Shows the list at a screen point.
   *
   * @param onPick receives the chosen type id
   * @param onCancel runs when the list closes without a choice
   */
  public void show(Node owner, double screenX, double screenY, Consumer<String> onPick, Runnable onCancel) {
    popup.show(owner, screenX, screenY, type -> onPick.accept(type.id()), onCancel);
  }

  public boolean isShowing() {
    return popup.isShowing();
  }

  /** The side panel's form of the picker: a button naming the current type that opens the list. */
  public Button field() {
    return field;
  }

  /** What {@link #field()} reports when another type is picked from it. */
  public void setOnPick(Consumer<String> handler) {
    onFieldPick = handler;
  }

  /** Shows this type (core or not) on {@link #field()}. */
  public void setCurrent(String type) {
    current = type;
    field.setText(StandardOperations.types().find(type).map(OperationType::displayName).orElse(type));
    field.setGraphic(icon(type));
  }

  private static FontIcon icon(String type) {
    FontIcon icon = new FontIcon(MaterialIcons.forOperation(type));
    icon.getStyleClass().add("type-picker-icon");
    return icon;
  }

  /** One row: the type's icon, its display name, and the type id beneath in small text. */
  private static Node row(OperationType type) {
    Label name = new Label(type.displayName(), icon(type.id()));
    name.getStyleClass().add("type-picker-name");
    Label id = new Label(type.id());
    id.getStyleClass().add("type-picker-id");
    return new VBox(name, id);
  }
}
