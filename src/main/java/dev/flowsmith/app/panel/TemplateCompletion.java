package dev.flowsmith.app.panel;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * {@code {{ }}} completion for a text control or code area: typing {@code {{} (or Ctrl+Space
 * inside a template) opens a list of data-chain paths filtered by what is typed; Enter, Tab or
 * a click inserts the path and the closing {@code }}} when it is missing.
 */
final class TemplateCompletion {

  /** The few things completion needs from the edited control. */
  private interface Host {
    Node node();

    String text();

    int caret();

    void replace(int start, int end, String text);

    @Nullable Point2D anchor();
  }

  private final Host host;
  private final Supplier<List<String>> paths;
  private final Popup popup = new Popup();
  private final ListView<String> list = new ListView<>();

  private TemplateCompletion(Host host, Supplier<List<String>> paths) {
    this.host = host;
    this.paths = paths;
    list.setId("template-completion");
    list.getStyleClass().add("template-completion");
    list.setFocusTraversable(false);
    list.setPrefHeight(180);
    list.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY) {
        accept();
      }
    });
    popup.getContent().add(list);
    popup.setAutoHide(true);
    popup.setHideOnEscape(false);
    // while the popup shows, the owner's key events pass through its scene first
    popup.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    host.node().addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  static void attach(TextInputControl control, Supplier<List<String>> paths) {
    TemplateCompletion completion = new TemplateCompletion(new Host() {
      @Override public Node node() {
        return control;
      }

      @Override public String text() {
        return control.getText() == null ? "" : control.getText();
      }

      @Override public int caret() {
        return control.getCaretPosition();
      }

      @Override public void replace(int start, int end, String text) {
        control.replaceText(start, end, text);
        control.positionCaret(start + text.length());
      }

      @Override public @Nullable Point2D anchor() {
        Bounds bounds = control.localToScreen(control.getBoundsInLocal());
        return bounds == null ? null : new Point2D(bounds.getMinX(), bounds.getMaxY());
      }
    }, paths);
    control.textProperty().addListener((obs, old, now) -> completion.onTextChanged());
    control.focusedProperty().addListener((obs, old, focused) -> completion.hideUnless(focused));
  }

  static void attach(CodeArea area, Supplier<List<String>> paths) {
    TemplateCompletion completion = new TemplateCompletion(new Host() {
      @Override public Node node() {
        return area;
      }

      @Override public String text() {
        return area.getText();
      }

      @Override public int caret() {
        return area.getCaretPosition();
      }

      @Override public void replace(int start, int end, String text) {
        area.replaceText(start, end, text);
        area.moveTo(start + text.length());
      }

      @Override public @Nullable Point2D anchor() {
        Optional<Bounds> caret = area.getCaretBounds();
        return caret.map(b -> new Point2D(b.getMinX(), b.getMaxY())).orElse(null);
      }
    }, paths);
    area.textProperty().addListener((obs, old, now) -> completion.onTextChanged());
    area.focusedProperty().addListener((obs, old, focused) -> completion.hideUnless(focused));
  }

  private void onTextChanged() {
    // only typing in a focused control opens the list; re-populating a form must not
    Node node = host.node();
    if (node.getScene() != null && node.getScene().getFocusOwner() == node) {
      // the caret moves after the text changes: look at the template once both are done
      Platform.runLater(() -> update(false));
    }
  }

  private void hideUnless(boolean focused) {
    if (!focused) {
      popup.hide();
    }
  }

  /** Shows the matching paths, or hides the list when the caret is outside a template. */
  private void update(boolean explicit) {
    Optional<ChainPaths.TemplateQuery> query = ChainPaths.openTemplate(host.text(), host.caret());
    if (query.isEmpty() || !explicit && !popup.isShowing() && !justOpened(query.get())) {
      popup.hide();
      return;
    }
    List<String> matches = ChainPaths.filter(paths.get(), query.get().partial());
    if (matches.isEmpty()) {
      popup.hide();
      return;
    }
    list.getItems().setAll(matches);
    list.getSelectionModel().selectFirst();
    Point2D at = host.anchor();
    if (!popup.isShowing() && at != null && host.node().getScene() != null) {
      popup.show(host.node(), at.getX(), at.getY());
      // next to the side panel's right edge the list would run past the window: keep it inside
      javafx.stage.Window window = host.node().getScene().getWindow();
      Point2D inside = dev.flowsmith.app.window.WindowPlacement.inside(
          new javafx.geometry.Rectangle2D(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight()),
          new javafx.geometry.Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight()));
      popup.setX(inside.getX());
      popup.setY(inside.getY());
    }
  }

  /** True right after {@code {{} was typed: the template holds nothing yet. */
  private boolean justOpened(ChainPaths.TemplateQuery query) {
    return query.partial().isEmpty();
  }

  private void onKey(KeyEvent event) {
    if (event.getCode() == KeyCode.SPACE && event.isShortcutDown()) {
      update(true);
      event.consume();
      return;
    }
    if (!popup.isShowing()) {
      return;
    }
    switch (event.getCode()) {
      case DOWN -> move(1);
      case UP -> move(-1);
      case ENTER, TAB -> accept();
      case ESCAPE -> popup.hide();
      default -> {
        return;
      }
    }
    event.consume();
  }

  private void move(int by) {
    int size = list.getItems().size();
    int index = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, size);
    list.getSelectionModel().select(index);
    list.scrollTo(index);
  }

  private void accept() {
    String path = list.getSelectionModel().getSelectedItem();
    popup.hide();
    Optional<ChainPaths.TemplateQuery> query = ChainPaths.openTemplate(host.text(), host.caret());
    if (path != null && query.isPresent()) {
      host.replace(query.get().start(), host.caret(), ChainPaths.insertion(query.get(), path));
    }
  }
}
