package dev.flowsmith.app.window;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Gives the main window's dialogs a size, a place and an owner that stays put. Under GTK
 * (JavaFX 21, openbox) a dialog opens at 200×200 in the screen's corner whatever its content
 * needs, so once shown it is sized to its content and centred on the window it belongs to.
 * Opening a modal dialog or a native file chooser un-maximises the owner; the keeper
 * notes the state when the first dialog opens and maximises the window again when the last
 * dialog closes (asking while a modal dialog is up has no effect). Native choosers are not JavaFX windows, so they go through {@link #around}.
 */
public final class DialogWindows {

  private static final String KEY = DialogWindows.class.getName();

  /** A dialog is never narrower than this: room for a title, a sentence and three buttons. */
  static final double MIN_WIDTH = 420;

  private final Stage stage;
  private int open;
  private boolean wasMaximized;

  private DialogWindows(Stage stage) {
    this.stage = stage;
    Window.getWindows().addListener((ListChangeListener<Window>) change -> {
      while (change.next()) {
        change.getAddedSubList().stream().filter(this::ownedByStage).forEach(window -> {
          opened();
          Platform.runLater(() -> fit((Stage) window));
        });
        change.getRemoved().stream().filter(this::ownedByStage).forEach(w -> closed());
      }
    });
  }

  /** Installs the keeper on {@code stage} (once). */
  public static void install(Stage stage) {
    stage.getProperties().computeIfAbsent(KEY, key -> new DialogWindows(stage));
  }

  /** The showing window the keeper is installed on (the main window), else the focused window, else none. */
  public static @Nullable Window mainWindow() {
    Window focused = null;
    for (Window window : Window.getWindows()) {
      if (window.isShowing() && window.getProperties().get(KEY) instanceof DialogWindows) {
        return window;
      }
      if (window.isFocused()) {
        focused = window;
      }
    }
    return focused;
  }

  /** Runs a native dialog owned by {@code owner} (a file chooser) with the keeper watching. */
  public static <T> T around(Window owner, Supplier<T> dialog) {
    if (!(owner.getProperties().get(KEY) instanceof DialogWindows keeper)) {
      return dialog.get();
    }
    keeper.opened();
    try {
      return dialog.get();
    } finally {
      keeper.closed();
    }
  }

  private void opened() {
    if (open++ == 0) {
      wasMaximized = stage.isMaximized();
    }
  }

  private void closed() {
    if (open > 0 && --open == 0 && wasMaximized) {
      // the stage may still say "maximised" while the window manager has restored it
      Platform.runLater(() -> {
        stage.setMaximized(false);
        stage.setMaximized(true);
      });
    }
  }

  /** Content size (at least {@link #MIN_WIDTH} wide, at most the owner's screen), centred on the owner. */
  static void fit(Stage dialog) {
    if (dialog.getScene() == null || dialog.getScene().getRoot() == null || dialog.isMaximized()) {
      return;
    }
    Parent root = dialog.getScene().getRoot();
    Window owner = dialog.getOwner();
    Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
        .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    double width = Math.min(Math.max(Math.max(root.prefWidth(-1), root.minWidth(-1)), MIN_WIDTH), screen.getWidth());
    if (dialog.getWidth() > width && dialog.getWidth() <= screen.getWidth()) {
      width = dialog.getWidth();
    }
    double height = Math.min(Math.max(root.prefHeight(width), root.minHeight(width)), screen.getHeight());
    // the stage's size includes the window manager's frame, the scene's does not
    double frameWidth = Math.max(0, dialog.getWidth() - dialog.getScene().getWidth());
    double frameHeight = Math.max(0, dialog.getHeight() - dialog.getScene().getHeight());
    double stageWidth = Math.min(width + frameWidth, screen.getWidth());
    double stageHeight = Math.min(Math.max(height + frameHeight, dialog.getHeight()), screen.getHeight());
    dialog.setWidth(stageWidth);
    dialog.setHeight(stageHeight);
    double x = owner.getX() + (owner.getWidth() - stageWidth) / 2;
    double y = owner.getY() + (owner.getHeight() - stageHeight) / 3;
    dialog.setX(Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - stageWidth));
    dialog.setY(Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - stageHeight));
  }

  private boolean ownedByStage(Window window) {
    Window at = window instanceof Stage child ? child.getOwner() : null;
    if (window instanceof javafx.stage.PopupWindow) {
      return false;
    }
    while (at != null) {
      if (at == stage) {
        return true;
      }
      at = at instanceof Stage parent ? parent.getOwner() : null;
    }
    return false;
  }
}
