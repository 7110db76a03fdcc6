package dev.flowsmith.app.gesture;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The searchable list of operation types shown where a new operation will go (a click on an
 * empty handle, a drop on empty space, Edit › Add Operation). Typing filters by display name or
 * id; Enter or a click picks; Esc or a click elsewhere cancels.
 */
public final class TypePicker {

  private final Popup popup = new Popup();
  private final TextField filter = new TextField();
  private final FilteredList<OperationType> types =
      new FilteredList<>(FXCollections.observableArrayList(List.copyOf(StandardOperations.types().all())));
  private final ListView<OperationType> list = new ListView<>(types);
  private Consumer<String> onPick = type -> { };
  private Runnable onCancel = () -> { };
  private boolean picked;

  public TypePicker() {
    filter.setPromptText("Search operations…");
    filter.setId("type-picker-filter");
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
      if (event.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
        pick(list.getSelectionModel().getSelectedItem());
      }
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

  /** One row: the display name, with the type id beneath in small text. */
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
      setGraphic(new VBox(name, id));
      setText(null);
      setId("type-" + type.id());
    }
  }
}
