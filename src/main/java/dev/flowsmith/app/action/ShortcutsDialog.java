package dev.flowsmith.app.action;

import dev.flowsmith.app.window.DialogWindows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Help › Keyboard Shortcuts: every action of the registry with its menu and shortcut, as the
 * menus show them, searchable by name, menu or key. A window owned by the main window, so
 * {@link DialogWindows} sizes and centres it; Esc closes it. Built from the registry each time,
 * so a new action shows up without touching this list.
 */
public final class ShortcutsDialog {

  /** One row of the table. */
  public record Row(String action, String menu, String keys) {}

  private ShortcutsDialog() {}

  /** The rows for every registered action, in menu order (actions not in a menu last), shortcut text as the menus show it. */
  public static List<Row> rows(ActionRegistry registry) {
    Map<String, String> menuOf = new HashMap<>();
    for (AppActions.MenuSpec menu : AppActions.MENU_BAR) {
      for (String id : menu.items()) {
        menuOf.putIfAbsent(id, menu.label());
      }
      // File › Recent › Clear Recent sits in a generated submenu
      if (menu.items().contains(AppActions.RECENT_MENU)) {
        menuOf.putIfAbsent(AppActions.CLEAR_RECENT, menu.label() + " › Recent");
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Row> unplaced = new ArrayList<>();
    for (AppAction action : registry.all()) {
      String keys = action.shortcut() == null ? "" : action.shortcut().getDisplayText();
      String also = AppActions.ALSO_BOUND.get(action.id());
      if (also != null) {
        keys = keys.isEmpty() ? also : keys + "  or  " + also;
      }
      String menu = menuOf.get(action.id());
      Row row = new Row(label(action), menu == null ? "" : menu, keys);
      (menu == null ? unplaced : rows).add(row);
    }
    rows.sort(java.util.Comparator.comparingInt(row -> menuOrder(row.menu())));
    rows.addAll(unplaced);
    return rows;
  }

  private static int menuOrder(String menu) {
    for (int i = 0; i < AppActions.MENU_BAR.size(); i++) {
      if (menu.startsWith(AppActions.MENU_BAR.get(i).label())) {
        return i;
      }
    }
    return AppActions.MENU_BAR.size();
  }

  /** The menu text without the "asks for more" ellipsis; a live label (Undo …) by its base name. */
  private static String label(AppAction action) {
    String text = action.label();
    if (action.liveLabel() != null) {
      text = text.split(" ", 2)[0];
    }
    return text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
  }

  /** True when the row holds every word of {@code query} (any case) in its action, menu or keys. */
  static boolean matches(Row row, String query) {
    String haystack = (row.action() + " " + row.menu() + " " + row.keys()).toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Opens the dialog over the main window (the window {@link DialogWindows} keeps), or the focused one. */
  public static Stage show(ActionRegistry registry) {
    return show(registry, DialogWindows.mainWindow());
  }

  public static Stage show(ActionRegistry registry, @Nullable Window owner) {
    FilteredList<Row> shown = new FilteredList<>(FXCollections.observableArrayList(rows(registry)));
    TextField search = new TextField();
    search.setId("shortcuts-search");
    search.setPromptText("Search actions or keys");
    search.textProperty().addListener((obs, was, now) -> shown.setPredicate(row -> matches(row, now)));

    TableView<Row> table = new TableView<>(shown);
    table.setId("shortcuts-table");
    table.getColumns().add(column("Action", Row::action, 260));
    table.getColumns().add(column("Menu", Row::menu, 120));
    table.getColumns().add(column("Shortcut", Row::keys, 180));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No action matches."));
    table.setPrefSize(600, 480);
    VBox.setVgrow(table, Priority.ALWAYS);

    VBox root = new VBox(8, search, table);
    root.getStyleClass().add("shortcuts-dialog");
    root.setPadding(new javafx.geometry.Insets(12));
    Stage stage = new Stage();
    stage.setTitle("Keyboard Shortcuts");
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    }
    Scene scene = new Scene(root);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    scene.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.ESCAPE) {
        stage.close();
      }
    });
    stage.setScene(scene);
    stage.show();
    javafx.application.Platform.runLater(search::requestFocus);
    return stage;
  }

  private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value,
      double width) {
    TableColumn<Row, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setMinWidth(width * 0.6);
    return column;
  }
}
