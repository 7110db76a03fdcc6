package dev.flowsmith.app.workspaceview;

import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.workspace.WorkspaceItems;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's items: collections on the left, the selected one's rows in a table (first
 * {@value #ROW_CAP}), and add/edit/delete through the store's {@code forUserEdits()} view, so the
 * workspace's event flows see the change as Directus's would. A filter flow that refuses a change
 * leaves the table as it was and its message in the error line.
 */
public final class DataView extends BorderPane implements AutoCloseable {

  public static final int ROW_CAP = 500;
  /** The collection a dialog just made or filled, selected by the Data tab of the reopened runtime. */
  private static final java.util.Map<Path, String> LAST_CHANGED = new java.util.concurrent.ConcurrentHashMap<>();

  private final ItemStore store;
  private final Path root;
  private final @Nullable AppRuntime app;
  private final ViewTasks tasks;
  private final ListView<String> collections = new ListView<>();
  private final TableView<JsObject> table = new TableView<>();
  private final Label note = new Label();
  private final Label error = new Label();
  private final TextArea editorText = new TextArea();
  private final VBox editor;
  private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
  private @Nullable CollectionSchema shown;
  private @Nullable JsObject editing;

  /**
   * @param app closes the runtime while a collection is added or items are imported (data.db is
   *     changed as the CLI changes it); null leaves those two buttons out
   */
  public DataView(WorkspaceRuntime runtime, @Nullable AppRuntime app) {
    this(runtime, ViewTasks.onFxThread("data-view"), app);
  }

  DataView(WorkspaceRuntime runtime, ViewTasks tasks, @Nullable AppRuntime app) {
    this.store = runtime.items().forUserEdits();
    this.tasks = tasks;
    this.root = runtime.folder().root();
    this.app = app;
    setId("data-view");
    getStyleClass().add("data-view");

    collections.setId("data-collections");
    collections.getStyleClass().add("data-collections");
    collections.setPlaceholder(new Label("No collections: add one with New collection…, or apply a schema "
        + "snapshot with 'flowsmith schema apply SNAPSHOT --workspace DIR'."));
    collections.getPlaceholder().getStyleClass().add("data-placeholder");
    ((Label) collections.getPlaceholder()).setWrapText(true);
    collections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
    table.setId("data-table");
    table.getStyleClass().add("data-table");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label("Choose a collection"));
    table.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        edit();
      }
    });

    Button refresh = button("data-refresh", "Refresh", this::refresh);
    Button add = button("data-add", "Add row", this::add);
    Button edit = button("data-edit", "Edit", this::edit);
    Button delete = button("data-delete", "Delete selected", this::delete);
    add.disableProperty().bind(collections.getSelectionModel().selectedItemProperty().isNull());
    edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    note.setId("data-note");
    note.getStyleClass().add("data-note");
    error.setId("data-error");
    error.getStyleClass().add("data-error");
    error.setWrapText(true);
    error.textProperty().bind(errorText);
    error.managedProperty().bind(errorText.isNotEmpty());
    error.visibleProperty().bind(errorText.isNotEmpty());

    editorText.setId("data-editor-text");
    editorText.getStyleClass().add("data-editor-text");
    editorText.setPrefRowCount(8);
    editor = new VBox(editorText, new HBox(button("data-save", "Save", this::save),
        button("data-cancel", "Cancel", this::closeEditor)));
    editor.setId("data-editor");
    editor.getStyleClass().add("data-editor");
    showEditor(false);

    ToolBar tools = new ToolBar(refresh, add, edit, delete);
    if (app != null) {
      tools.getItems().addAll(new Separator(), button("data-new-collection", "New collection…", this::newCollection),
          button("data-import", "Import…", this::importItems));
    }
    tools.getItems().add(note);
    VBox center = new VBox(tools, error, table, editor);
    VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    SplitPane split = new SplitPane(collections, center);
    split.setDividerPositions(0.22);
    SplitPane.setResizableWithParent(collections, false);
    setCenter(split);
    loadCollections();
  }

  private void newCollection() {
    DataDialogs.newCollection(getScene().getWindow(), request -> changeDataFile(() -> {
      WorkspaceItems.createCollection(root, request.name(), request.key(), request.fields());
      return request.name();
    })).show();
  }

  private void importItems() {
    DataDialogs.importItems(getScene().getWindow(), collections.getSelectionModel().getSelectedItem(),
        List.copyOf(collections.getItems()), request -> changeDataFile(() -> {
          WorkspaceItems.importFile(root, request.file(), request.collection());
          return request.collection();
        })).show();
  }

  /**
   * Changes data.db with the runtime closed (it keeps the rows in memory); the workspace views then
   * open a new runtime, and a new Data tab, which selects {@code result}'s collection.
   */
  private void changeDataFile(java.util.concurrent.Callable<@Nullable String> change) throws Exception {
    AppRuntime owner = java.util.Objects.requireNonNull(app);
    String select = owner.whileClosed(change);
    if (select != null) {
      LAST_CHANGED.put(root, select);
    }
  }

  /** The error line's text; empty when the last action worked. */
  public String errorText() {
    return errorText.get();
  }

  /** Reloads the collection list and the shown rows. */
  public CompletableFuture<Void> refresh() {
    return shown == null ? loadCollections() : loadRows(shown);
  }

  private CompletableFuture<Void> loadCollections() {
    return tasks.run(() -> new ArrayList<>(store.schema().collections().keySet()), names -> {
      String selected = collections.getSelectionModel().getSelectedItem();
      names.sort(String::compareTo);
      collections.getItems().setAll(names);
      String changed = LAST_CHANGED.remove(root);
      String pick = changed != null ? changed : selected;
      if (pick != null && names.contains(pick)) {
        collections.getSelectionModel().select(pick);
      }
    }, errorText::set);
  }

  private void show(@Nullable String collection) {
    closeEditor();
    shown = collection == null ? null : store.schema().collection(collection).orElse(null);
    table.getItems().clear();
    table.getColumns().clear();
    if (shown == null) {
      return;
    }
    for (String field : ItemRows.columns(shown)) {
      TableColumn<JsObject, String> column = new TableColumn<>(field);
      column.setCellValueFactory(row -> new javafx.beans.property.SimpleStringProperty(
          ItemRows.cellText(row.getValue().get(field))));
      table.getColumns().add(column);
    }
    loadRows(shown);
  }

  private CompletableFuture<Void> loadRows(CollectionSchema collection) {
    Query query = Query.EMPTY.withLimit(ROW_CAP + 1).withSort(List.of(collection.defaultSort()));
    return tasks.run(() -> store.readByQuery(collection.name(), query, ItemAccess.system()), rows -> {
      if (collection != shown) {
        return; // the user picked another collection meanwhile
      }
      boolean capped = rows.size() > ROW_CAP;
      table.getItems().setAll(capped ? rows.subList(0, ROW_CAP) : rows);
      note.setText(capped ? "Showing the first " + ROW_CAP + " rows" : rows.size() + " rows");
    }, errorText::set);
  }

  private void add() {
    if (shown != null) {
      editing = null;
      editorText.setText(ItemRows.newItemTemplate(shown));
      showEditor(true);
    }
  }

  private void edit() {
    JsObject row = table.getSelectionModel().getSelectedItem();
    if (shown != null && row != null) {
      editing = row;
      editorText.setText(ItemRows.pretty(row));
      showEditor(true);
    }
  }

  private void save() {
    CollectionSchema collection = shown;
    if (collection == null) {
      return;
    }
    JsObject stored = editing;
    String text = editorText.getText();
    write(collection, () -> {
      if (stored == null) {
        store.createOne(collection.name(), ItemRows.newItem(text), ItemAccess.system());
        return true;
      }
      JsObject changes = ItemRows.changes(stored, text, collection.primaryKey());
      if (changes.size() > 0) {
        store.updateOne(collection.name(), stored.get(collection.primaryKey()), changes, ItemAccess.system());
      }
      return changes.size() > 0;
    });
  }

  private void delete() {
    CollectionSchema collection = shown;
    if (collection == null) {
      return;
    }
    List<JsValue> keys = table.getSelectionModel().getSelectedItems().stream()
        .map(row -> row.get(collection.primaryKey())).toList();
    write(collection, () -> {
      store.deleteMany(collection.name(), keys, ItemAccess.system());
      return true;
    });
  }

  /** Runs a change; on success the editor closes and the rows reload, on failure nothing moves. */
  private void write(CollectionSchema collection, Callable<Boolean> change) {
    errorText.set("");
    tasks.run(change, changed -> {
      closeEditor();
      if (changed) {
        loadRows(collection);
      } else {
        errorText.set("Nothing changed");
      }
    }, problem -> errorText.set("Not saved: " + problem));
  }

  private void closeEditor() {
    editing = null;
    showEditor(false);
  }

  private void showEditor(boolean visible) {
    editor.setVisible(visible);
    editor.setManaged(visible);
  }

  private static Button button(String id, String text, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(e -> action.run());
    return button;
  }

  @Override
  public void close() {
    tasks.close();
  }
}
