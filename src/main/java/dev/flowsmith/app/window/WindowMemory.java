package dev.flowsmith.app.window;

import dev.flowsmith.app.viewmodel.UserSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.jspecify.annotations.Nullable;

/**
 * Gives the main window its size, position, maximised state and split positions from the
 * user's {@link UserSettings}, and writes them back when the window closes.
 *
 * <p>The bounds are set on the stage before it is shown: without explicit bounds GTK's glass
 * opens the window at 200×200 under some window managers (openbox) whatever the scene's size.
 */
public final class WindowMemory {

  static final String X = "window.x";
  static final String Y = "window.y";
  static final String WIDTH = "window.width";
  static final String HEIGHT = "window.height";
  static final String MAXIMIZED = "window.maximized";
  private static final String SPLIT = "split.";

  private final Stage stage;
  private final UserSettings settings;
  private final Map<String, SplitPane> splits = new LinkedHashMap<>();
  /** The last bounds while neither maximised nor iconified: what a maximised window restores to. */
  private @Nullable Rectangle2D normal;

  public WindowMemory(Stage stage, UserSettings settings) {
    this.stage = stage;
    this.settings = settings;
    DialogWindows.install(stage);
    stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> save());
    stage.xProperty().addListener((obs, old, now) -> track());
    stage.yProperty().addListener((obs, old, now) -> track());
    stage.widthProperty().addListener((obs, old, now) -> track());
    stage.heightProperty().addListener((obs, old, now) -> track());
  }

  /** Places the stage (call before the first show): saved bounds on a screen that still exists, else 80 % centred. */
  public void restore() {
    List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    Rectangle2D primary = Screen.getPrimary().getVisualBounds();
    Rectangle2D bounds = WindowPlacement.place(saved(), screens, primary);
    Rectangle2D screen = Screen.getScreensForRectangle(bounds).stream().findFirst()
        .map(Screen::getVisualBounds).orElse(primary);
    stage.setMinWidth(WindowPlacement.minWidth(screen));
    stage.setMinHeight(WindowPlacement.minHeight(screen));
    apply(bounds);
    boolean maximized = settings.flag(MAXIMIZED, false);
    // GTK's glass (openbox, JavaFX 21) drops bounds set before the first map: set them again once shown
    stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
      @Override
      public void handle(WindowEvent event) {
        stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
        apply(bounds);
        if (maximized) {
          // asked before the first map, GTK leaves the window unmaximised
          Platform.runLater(() -> stage.setMaximized(true));
        }
      }
    });
  }

  private void apply(Rectangle2D bounds) {
    stage.setX(bounds.getMinX());
    stage.setY(bounds.getMinY());
    stage.setWidth(bounds.getWidth());
    stage.setHeight(bounds.getHeight());
    normal = bounds;
  }

  /** Remembers {@code pane}'s divider positions under {@code name}; restores them now if saved. */
  public void split(String name, SplitPane pane) {
    splits.put(name, pane);
    double[] positions = pane.getDividerPositions();
    boolean any = false;
    for (int i = 0; i < positions.length; i++) {
      OptionalDouble saved = settings.number(SPLIT + name + "." + i);
      if (saved.isPresent() && saved.getAsDouble() > 0 && saved.getAsDouble() < 1) {
        positions[i] = saved.getAsDouble();
        any = true;
      }
    }
    if (any) {
      pane.setDividerPositions(positions);
    }
  }

  /** Writes the placement and the split positions to the settings file. */
  public void save() {
    track();
    Rectangle2D bounds = normal;
    if (bounds != null) {
      settings.put(X, bounds.getMinX());
      settings.put(Y, bounds.getMinY());
      settings.put(WIDTH, bounds.getWidth());
      settings.put(HEIGHT, bounds.getHeight());
    }
    settings.put(MAXIMIZED, stage.isMaximized());
    splits.forEach((name, pane) -> {
      double[] positions = pane.getDividerPositions();
      for (int i = 0; i < positions.length; i++) {
        settings.put(SPLIT + name + "." + i, positions[i]);
      }
    });
    settings.save();
  }

  private void track() {
    if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
        && stage.getWidth() > 0 && stage.getHeight() > 0) {
      normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
  }

  private @Nullable Rectangle2D saved() {
    OptionalDouble x = settings.number(X);
    OptionalDouble y = settings.number(Y);
    OptionalDouble w = settings.number(WIDTH);
    OptionalDouble h = settings.number(HEIGHT);
    if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty() || w.getAsDouble() <= 0 || h.getAsDouble() <= 0) {
      return null;
    }
    return new Rectangle2D(x.getAsDouble(), y.getAsDouble(), w.getAsDouble(), h.getAsDouble());
  }
}
