package dev.flowsmith.app.run;

import dev.flowsmith.app.panel.SearchBox;
import dev.flowsmith.app.viewmodel.TextClipboard;
import dev.flowsmith.engine.value.Redaction;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * A collapsible tree over a JSON value, with a search field (matching keys and values are
 * highlighted with {@code :match} and expanded to; Enter selects the next match) and Copy Path
 * (as a {@code {{ }}} path, {@link TemplatePaths}) / Copy Value (JSON text) on buttons and the
 * context menu. Node ids are {@code <prefix>-tree}, {@code <prefix>-search},
 * {@code <prefix>-copy-path}, {@code <prefix>-copy-value}.
 */
public final class JsonTreeView extends VBox {

  /** One node: its label (key or index), its template path, its value. */
  public record Node(String label, String path, JsonValue value) {}

  private static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
  private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
  /** A live value the run log (history, exports, CLI output) stores as {@code --redacted--}. */
  private static final PseudoClass MASKED = PseudoClass.getPseudoClass("masked");
  static final String MASKED_NOTE = "  · masked when stored";
  private static final String MASKED_TIP = "Shown live here; run history, exports and CLI output keep "
      + "\"--redacted--\" instead, as Directus's run log does";
  private static final int PREVIEW = 80;
  /** Rows of context kept above a marked path scrolled into view. */
  private static final int MARK_CONTEXT_ROWS = 2;

  private final TreeView<Node> tree = new TreeView<>();
  private final TextField search;
  private final TextClipboard clipboard;
  private final List<TreeItem<Node>> matches = new ArrayList<>();
  private List<String> wantedMarks = List.of();
  private final List<TreeItem<Node>> marked = new ArrayList<>();
  /** The marks were set but their row has not been on screen yet (the user's own scrolling then wins). */
  private boolean revealPending;
  private boolean showStorageMasks;

  /**
   * @param idPrefix prefix of the node ids ({@code chain} gives {@code #chain-tree}, {@code #chain-search})
   */
  public JsonTreeView(String idPrefix, TextClipboard clipboard) {
    this.clipboard = clipboard;
    getStyleClass().add("json-tree-view");
    tree.setId(idPrefix + "-tree");
    tree.getStyleClass().add("json-tree");
    tree.setShowRoot(false);
    tree.setCellFactory(view -> new NodeCell());
    search = SearchBox.create("Search keys and values", idPrefix + "-search");
    search.textProperty().addListener((obs, old, now) -> search(now));
    search.setOnAction(event -> selectNextMatch());
    Button copyPath = new Button("Copy Path");
    copyPath.setId(idPrefix + "-copy-path");
    copyPath.setOnAction(event -> copyPath());
    Button copyValue = new Button("Copy Value");
    copyValue.setId(idPrefix + "-copy-value");
    copyValue.setOnAction(event -> copyValue());
    copyPath.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
    copyValue.disableProperty().bind(copyPath.disableProperty());
    MenuItem pathItem = new MenuItem("Copy Path");
    pathItem.setOnAction(event -> copyPath());
    MenuItem valueItem = new MenuItem("Copy Value");
    valueItem.setOnAction(event -> copyValue());
    tree.setContextMenu(new ContextMenu(pathItem, valueItem));
    SearchBar bar = new SearchBar(search, copyPath, copyValue);
    VBox.setVgrow(tree, Priority.ALWAYS);
    getChildren().addAll(bar, tree);
    // a tree shown (or resized) after its marks were set scrolls to them once it has rows on screen
    tree.heightProperty().addListener((obs, old, now) -> {
      if (revealPending) {
        javafx.application.Platform.runLater(this::revealMarked);
      }
    });
  }

  /**
   * Shows {@code value}; {@code rootPath} is its own path ({@code ""} for the chain, whose
   * members are the top-level names {@code $trigger}, {@code $last}, operation keys).
   */
  public void setValue(@Nullable JsonValue value, String rootPath) {
    TreeItem<Node> root = new TreeItem<>(new Node(rootPath, rootPath, value == null ? JsonValue.NULL : value));
    if (value instanceof JsonObject || value instanceof JsonArray) {
      addChildren(root);
    } else if (value != null) {
      root.getChildren().add(new TreeItem<>(new Node(rootPath.isEmpty() ? "value" : rootPath, rootPath, value)));
    }
    root.setExpanded(true);
    root.getChildren().forEach(child -> child.setExpanded(child.getChildren().size() <= 20));
    tree.setRoot(root);
    applyMarks();
    search(search.getText());
  }

  /**
   * Marks the nodes at these paths with {@code :differs} (a failed test's differing paths), or
   * the nearest node above one that is missing, expanding to them; kept when the value changes.
   */
  public void markPaths(List<String> paths) {
    wantedMarks = List.copyOf(paths);
    applyMarks();
    tree.refresh();
  }

  /**
   * Marks the values the run log masks ({@code $trigger.headers.authorization}, …) with
   * {@code :masked}, a note and a tooltip: for trees showing the chain or a value on it, whose
   * root path is a chain key or the chain itself.
   */
  public void showStorageMasks(boolean show) {
    showStorageMasks = show;
    tree.refresh();
  }

  /** Whether the run log stores the value of this item masked (it or an ancestor). */
  boolean maskedInStorage(TreeItem<Node> item) {
    if (!showStorageMasks) {
      return false;
    }
    LinkedList<@Nullable String> names = new LinkedList<>();
    TreeItem<Node> root = tree.getRoot();
    for (TreeItem<Node> at = item; at != null && at != root; at = at.getParent()) {
      TreeItem<Node> parent = at.getParent();
      if (parent != null && parent.getValue().path().equals(at.getValue().path())) {
        continue; // the one row of a plain value repeats its root
      }
      names.addFirst(parent != null && parent.getValue().value() instanceof JsonArray ? null : at.getValue().label());
    }
    if (root != null && !root.getValue().path().isEmpty()) {
      names.addFirst(root.getValue().label());
    }
    return Redaction.masksAt(names, Redaction.RUN_LOG_KEYS);
  }

  /** The paths of the nodes marked now, in the order asked for. */
  public List<String> markedPaths() {
    return marked.stream().map(item -> item.getValue().path()).toList();
  }

  private void applyMarks() {
    marked.clear();
    for (String wanted : wantedMarks) {
      for (String path = wanted; !path.isEmpty(); path = parentPath(path)) {
        Optional<TreeItem<Node>> found = find(tree.getRoot(), path);
        if (found.isPresent()) {
          if (!marked.contains(found.get())) {
            marked.add(found.get());
          }
          // the marked node opens too, so a differing object or list shows what is in it
          for (TreeItem<Node> up = found.get(); up != null; up = up.getParent()) {
            up.setExpanded(true);
          }
          break;
        }
      }
    }
    revealPending = !marked.isEmpty();
    revealMarked();
  }

  /**
   * Scrolls the first marked row into view, with up to {@value #MARK_CONTEXT_ROWS} rows above it
   * when the tree is tall enough. A tree not laid out yet (its tab was just brought forward) has no
   * rows on screen, so it is done again once the tree has its height.
   */
  private void revealMarked() {
    if (marked.isEmpty() || !revealPending) {
      return;
    }
    int row = tree.getRow(marked.get(0));
    if (row < 0 || rowShown(row)) {
      revealPending = row < 0;
      return;
    }
    tree.scrollTo(row);
    VirtualFlow<?> flow = virtualFlow();
    if (flow != null && flow.getCellCount() > 0 && flow.getFirstVisibleCell() != null) {
      IndexedCell<?> first = flow.getFirstVisibleCell();
      double rows = first.getHeight() <= 0 ? 0 : flow.getHeight() / first.getHeight();
      int above = (int) Math.min(MARK_CONTEXT_ROWS, Math.floor((rows - 1) / 2));
      if (above > 0) {
        tree.scrollTo(Math.max(0, row - above));
      }
      revealPending = false;
    }
  }

  /** Whether row {@code row} is drawn whole in the tree's viewport now. */
  private boolean rowShown(int row) {
    VirtualFlow<?> flow = virtualFlow();
    if (flow == null || flow.getHeight() <= 0) {
      return false;
    }
    IndexedCell<?> cell = flow.getVisibleCell(row);
    return cell != null && cell.isVisible() && cell.getLayoutY() >= 0
        && cell.getLayoutY() + cell.getHeight() <= flow.getHeight();
  }

  private @Nullable VirtualFlow<?> virtualFlow() {
    return tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
  }

  /** {@code a.b[0]} → {@code a.b} → {@code a} → empty. */
  private static String parentPath(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private static void addChildren(TreeItem<Node> parent) {
    Node node = parent.getValue();
    if (node.value() instanceof JsonObject object) {
      object.members().forEach((key, member) -> parent.getChildren()
          .add(item(new Node(key, TemplatePaths.member(node.path(), key), member))));
    } else if (node.value() instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        parent.getChildren().add(item(new Node("[" + i + "]", TemplatePaths.index(node.path(), i),
            array.elements().get(i))));
      }
    }
  }

  private static TreeItem<Node> item(Node node) {
    TreeItem<Node> item = new TreeItem<>(node);
    addChildren(item);
    return item;
  }

  /** Highlights the nodes whose key or (scalar) value contains {@code text}, expanding to them. */
  public void search(@Nullable String text) {
    matches.clear();
    String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    TreeItem<Node> root = tree.getRoot();
    if (root != null && !query.isEmpty()) {
      collect(root, query);
      for (TreeItem<Node> match : matches) {
        for (TreeItem<Node> up = match.getParent(); up != null; up = up.getParent()) {
          up.setExpanded(true);
        }
      }
      if (!matches.isEmpty()) {
        select(matches.get(0));
      }
    }
    tree.refresh();
  }

  private void collect(TreeItem<Node> item, String query) {
    for (TreeItem<Node> child : item.getChildren()) {
      Node node = child.getValue();
      boolean scalar = !(node.value() instanceof JsonObject || node.value() instanceof JsonArray);
      if (node.label().toLowerCase(Locale.ROOT).contains(query)
          || scalar && scalarText(node.value()).toLowerCase(Locale.ROOT).contains(query)) {
        matches.add(child);
      }
      collect(child, query);
    }
  }

  private void selectNextMatch() {
    if (matches.isEmpty()) {
      return;
    }
    int at = matches.indexOf(tree.getSelectionModel().getSelectedItem());
    select(matches.get((at + 1) % matches.size()));
  }

  private void select(TreeItem<Node> item) {
    tree.getSelectionModel().select(item);
    int row = tree.getRow(item);
    if (row >= 0) {
      tree.scrollTo(row);
    }
  }

  /** The matches of the last search, in tree order. */
  public List<Node> matches() {
    return matches.stream().map(TreeItem::getValue).toList();
  }

  public Optional<Node> selected() {
    TreeItem<Node> item = tree.getSelectionModel().getSelectedItem();
    return item == null ? Optional.empty() : Optional.of(item.getValue());
  }

  /** Selects the node with this path, expanding to it; false when there is none. */
  public boolean selectPath(String path) {
    Optional<TreeItem<Node>> found = find(tree.getRoot(), path);
    found.ifPresent(item -> {
      for (TreeItem<Node> up = item.getParent(); up != null; up = up.getParent()) {
        up.setExpanded(true);
      }
      select(item);
    });
    return found.isPresent();
  }

  private static Optional<TreeItem<Node>> find(@Nullable TreeItem<Node> item, String path) {
    if (item == null) {
      return Optional.empty();
    }
    for (TreeItem<Node> child : item.getChildren()) {
      if (child.getValue().path().equals(path)) {
        return Optional.of(child);
      }
      Optional<TreeItem<Node>> deeper = find(child, path);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  public void copyPath() {
    selected().ifPresent(node -> clipboard.setText(node.path()));
  }

  public void copyValue() {
    selected().ifPresent(node -> clipboard.setText(JsonText.pretty(node.value()).strip()));
  }

  public TreeView<Node> tree() {
    return tree;
  }

  public TextField searchField() {
    return search;
  }

  private static String scalarText(JsonValue value) {
    return value instanceof JsonString s ? s.value() : JsonText.compact(value).strip();
  }

  /** {@code key: value} for scalars, {@code key {3}} / {@code key [3]} for containers. */
  static String text(Node node) {
    JsonValue value = node.value();
    if (value instanceof JsonObject object) {
      return node.label() + "  {" + object.size() + "}";
    }
    if (value instanceof JsonArray array) {
      return node.label() + "  [" + array.size() + "]";
    }
    String shown = JsonText.compact(value).strip();
    return node.label() + ": " + (shown.length() > PREVIEW ? shown.substring(0, PREVIEW) + "…" : shown);
  }

  private final class NodeCell extends TreeCell<Node> {
    NodeCell() {
      getStyleClass().add("json-tree-cell");
    }

    @Override
    protected void updateItem(@Nullable Node node, boolean empty) {
      super.updateItem(node, empty);
      getStyleClass().removeIf(name -> name.startsWith("json-type-"));
      TreeItem<Node> item = getTreeItem();
      pseudoClassStateChanged(MATCH, !empty && item != null && matches.contains(item));
      pseudoClassStateChanged(DIFFERS, !empty && item != null && marked.contains(item));
      boolean masked = !empty && item != null && maskedInStorage(item);
      pseudoClassStateChanged(MASKED, masked);
      setTooltip(masked ? new Tooltip(MASKED_TIP) : null);
      if (empty || node == null) {
        setText(null);
        return;
      }
      setText(text(node) + (masked && !(node.value() instanceof JsonString s && s.value().startsWith("--redacted"))
          ? MASKED_NOTE : ""));
      getStyleClass().add("json-type-" + node.value().typeName());
    }
  }

  /** The search field with the copy buttons beside it. */
  /** Search and copy controls that wrap onto a second line in a narrow pane rather than hiding. */
  private static final class SearchBar extends FlowPane {
    /** Room for the whole prompt, "Search keys and values". */
    private static final double SEARCH_WIDTH = 215;

    SearchBar(TextField field, Button... buttons) {
      getStyleClass().add("json-tree-bar");
      // asks for little width, so the step table beside the inspector keeps its share
      setPrefWrapLength(SEARCH_WIDTH);
      setMinWidth(0);
      field.setPrefWidth(SEARCH_WIDTH);
      getChildren().add(field);
      getChildren().addAll(buttons);
    }
  }
}
