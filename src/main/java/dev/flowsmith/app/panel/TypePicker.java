package dev.flowsmith.app.panel;

import dev.flowsmith.app.canvas.MaterialIcons;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one operation type picker: a searchable list of the core types with Directus's icons.
 * Drag-create and Edit › Add Operation show it where the new operation will go
 * ({@link #show(Node, double, double, Consumer, Runnable)}); the side panel shows the current type
 * as a button ({@link #field()}) that opens the same list under itself. Typing filters by display
 * name or id; Up/Down move, Enter or a click picks; Esc or a click elsewhere cancels.
 */
public final class TypePicker {

  private final Popup popup = new Popup();
  private final TextField filter = SearchBox.create("Search operations…", "type-picker-filter");
  private final FilteredList<OperationType> types =
      new FilteredList<>(FXCollections.observableArrayList(List.copyOf(StandardOperations.types().all())));
  private final ListView<OperationType> list = new ListView<>(types);
  private final Button field = new Button();
  private Consumer<String> onPick = type -> { };
  private Runnable onCancel = () -> { };
  private Consumer<String> onFieldPick = type -> { };
  private String current = "";
  private boolean picked;

  public TypePicker() {
    list.setId("type-picker-list");
    list.setPrefSize(260, 300);
    list.setCellFactory(view -> new TypeCell());
    VBox box = new VBox(new Label("Add operation"), filter, list);
    box.getStyleClass().add("type-picker");
    popup.getContent().add(box);
    popup.setAutoHide(true);
    popup.setOnHidden(event -> {
      if (!picked) {
        onCancel.run();
      }
    });
    filter.textProperty().addListener((obs, old, text) -> {
      String needle = text.trim().toLowerCase(Locale.ROOT);
      types.setPredicate(type -> needle.isEmpty() || type.displayName().toLowerCase(Locale.ROOT).contains(needle)
          || type.id().contains(needle));
      list.getSelectionModel().selectFirst();
    });
    box.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    list.setOnMouseClicked(event -> {
      if (list.getSelectionModel().getSelectedItem() != null) {
        pick(list.getSelectionModel().getSelectedItem());
      }
    });

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
    this.onPick = onPick;
    this.onCancel = onCancel;
    picked = false;
    filter.clear();
    types.setPredicate(type -> true);
    list.getSelectionModel().selectFirst();
    popup.show(owner, screenX, screenY);
    filter.requestFocus();
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
    FontIcon icon = new FontIcon(MaterialIcons.forOperation(type));
    icon.getStyleClass().add("type-picker-icon");
    field.setGraphic(icon);
  }

  private void onKey(KeyEvent event) {
    switch (event.getCode()) {
      case ENTER -> {
        OperationType chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
          pick(chosen);
        }
        event.consume();
      }
      case ESCAPE -> {
        popup.hide();
        event.consume();
      }
      case DOWN, UP -> {
        if (event.getTarget() == filter) {
          int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
          int next = Math.max(0, Math.min(types.size() - 1, list.getSelectionModel().getSelectedIndex() + step));
          list.getSelectionModel().select(next);
          list.scrollTo(next);
          event.consume();
        }
      }
      default -> { }
    }
  }

  private void pick(OperationType type) {
    picked = true;
    popup.hide();
    onPick.accept(type.id());
  }

  /** One row: the type's icon, its display name, and the type id beneath in small text. */
  private static final class TypeCell extends ListCell<OperationType> {
    @Override
    protected void updateItem(OperationType type, boolean empty) {
      super.updateItem(type, empty);
      if (empty || type == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label(type.displayName());
      name.getStyleClass().add("type-picker-name");
      Label id = new Label(type.id());
      id.getStyleClass().add("type-picker-id");
      FontIcon icon = new FontIcon(MaterialIcons.forOperation(type.id()));
      icon.getStyleClass().add("type-picker-icon");
      name.setGraphic(icon);
      setGraphic(new VBox(name, id));
      setText(null);
      setId("type-" + type.id());
    }
  }
}
