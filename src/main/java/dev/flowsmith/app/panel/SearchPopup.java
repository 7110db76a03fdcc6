package dev.flowsmith.app.panel;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
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
 * A popup list with a search box over it, for picking one item (an operation type, an icon).
 * Typing filters; Up/Down move, Enter or a click picks; Esc or a click elsewhere cancels. Node
 * ids are {@code <prefix>-filter} and {@code <prefix>-list}.
 *
 * @param <T> the items
 */
final class SearchPopup<T> {

  /** The app's stylesheet (MainWindow.STYLESHEET; the view package is above this one). */
  private static final String STYLESHEET = "/dev/flowsmith/app/flowsmith.css";

  private final Popup popup = new Popup();
  private final TextField filter;
  private final FilteredList<T> items;
  private final SortedList<T> ranked;
  private final ListView<T> list;
  private final List<T> all;
  private final Function<T, String> label;
  private final VBox box;
  private Consumer<T> onPick = item -> { };
  private Runnable onCancel = () -> { };
  private boolean picked;

  /**
   * @param matches whether an item matches the lower-cased, stripped search text (never empty)
   * @param label the item's name: matches that start with the search text come first
   * @param graphic what a row shows for an item
   * @param rowId the node id of an item's row
   */
  SearchPopup(String title, String prompt, String idPrefix, List<T> all, BiPredicate<T, String> matches,
      Function<T, String> label, Function<T, Node> graphic, Function<T, String> rowId) {
    this.all = List.copyOf(all);
    this.label = label;
    filter = SearchBox.create(prompt, idPrefix + "-filter");
    items = new FilteredList<>(FXCollections.observableArrayList(this.all));
    ranked = new SortedList<>(items);
    list = new ListView<>(ranked);
    list.setId(idPrefix + "-list");
    list.setPrefSize(260, 300);
    list.setCellFactory(view -> new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setGraphic(empty || item == null ? null : graphic.apply(item));
        setId(empty || item == null ? null : rowId.apply(item));
      }
    });
    box = new VBox(new Label(title), filter, list);
    // a Popup's scene is its own: the theme's colours are defined on .root, the app's sheet is added
    box.getStyleClass().addAll("root", "type-picker");
    popup.getScene().getStylesheets().add(
        java.util.Objects.requireNonNull(SearchPopup.class.getResource(STYLESHEET)).toExternalForm());
    popup.getContent().add(box);
    popup.setAutoHide(true);
    popup.setOnHidden(event -> {
      if (!picked) {
        onCancel.run();
      }
    });
    filter.textProperty().addListener((obs, old, text) -> {
      String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
      items.setPredicate(needle.isEmpty() ? null : item -> matches.test(item, needle));
      ranked.setComparator(needle.isEmpty() ? null : Comparator.comparing((T item) -> !startsWith(item, needle))
          .thenComparing(this.all::indexOf));
      list.getSelectionModel().selectFirst();
    });
    box.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    list.setOnMouseClicked(event -> {
      if (list.getSelectionModel().getSelectedItem() != null) {
        pick(list.getSelectionModel().getSelectedItem());
      }
    });
  }

  private boolean startsWith(T item, String needle) {
    return label.apply(item).toLowerCase(java.util.Locale.ROOT).startsWith(needle);
  }

  /** Extra controls under the list (the icon picker's "Default" button). */
  void addFooter(Node footer) {
    box.getChildren().add(footer);
  }

  void show(Node owner, double screenX, double screenY, Consumer<T> picks, Runnable cancels) {
    this.onPick = picks;
    this.onCancel = cancels;
    picked = false;
    filter.clear();
    items.setPredicate(null);
    list.getSelectionModel().selectFirst();
    popup.show(owner, screenX, screenY);
    filter.requestFocus();
  }

  /** Shows the list with this item selected and scrolled to. */
  void select(T item) {
    list.getSelectionModel().select(item);
    int at = list.getSelectionModel().getSelectedIndex();
    if (at >= 0) {
      list.scrollTo(Math.max(0, at - 3));
    }
  }

  boolean isShowing() {
    return popup.isShowing();
  }

  void hide() {
    popup.hide();
  }

  private void onKey(KeyEvent event) {
    switch (event.getCode()) {
      case ENTER -> {
        T chosen = list.getSelectionModel().getSelectedItem();
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
          int next = Math.max(0, Math.min(ranked.size() - 1, list.getSelectionModel().getSelectedIndex() + step));
          list.getSelectionModel().select(next);
          list.scrollTo(next);
          event.consume();
        }
      }
      default -> { }
    }
  }

  private void pick(T item) {
    picked = true;
    popup.hide();
    onPick.accept(item);
  }
}
