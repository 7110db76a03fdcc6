package dev.flowsmith.app.window;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.jspecify.annotations.Nullable;

/**
 * Where the main window opens: its saved bounds when they still lie on a screen (clamped into
 * that screen, so a smaller or rearranged monitor still shows the whole window), otherwise
 * {@link #FIRST_SHARE} of the primary screen, centred. All values are in JavaFX's logical
 * pixels, so a 150 % scale needs nothing extra.
 */
public final class WindowPlacement {

  /** The first window covers this share of the primary screen's usable area in each direction. */
  public static final double FIRST_SHARE = 0.8;
  public static final double MIN_WIDTH = 960;
  public static final double MIN_HEIGHT = 600;
  /** A saved window counts as on a screen when at least this much of its title strip is on it. */
  private static final double TITLE_STRIP = 40;

  private WindowPlacement() {}

  /**
   * @param saved the bounds the window had when it was last closed, if any
   * @param screens the visual bounds (without task bars) of the screens there are now
   * @param primary the primary screen's visual bounds
   */
  public static Rectangle2D place(@Nullable Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
    if (saved != null && saved.getWidth() > 0 && saved.getHeight() > 0) {
      Rectangle2D strip = new Rectangle2D(saved.getMinX(), saved.getMinY(), saved.getWidth(), TITLE_STRIP);
      Rectangle2D best = null;
      double bestArea = 0;
      for (Rectangle2D screen : screens) {
        double area = overlap(strip, screen);
        if (area > bestArea) {
          best = screen;
          bestArea = area;
        }
      }
      if (best != null && bestArea >= TITLE_STRIP * TITLE_STRIP) {
        return clamp(saved, best);
      }
    }
    double width = Math.round(primary.getWidth() * FIRST_SHARE);
    double height = Math.round(primary.getHeight() * FIRST_SHARE);
    return clamp(new Rectangle2D(primary.getMinX() + (primary.getWidth() - width) / 2,
        primary.getMinY() + (primary.getHeight() - height) / 2, width, height), primary);
  }

  /** The minimum size, never larger than the screen the window is on. */
  public static double minWidth(Rectangle2D screen) {
    return Math.min(MIN_WIDTH, screen.getWidth());
  }

  public static double minHeight(Rectangle2D screen) {
    return Math.min(MIN_HEIGHT, screen.getHeight());
  }

  /** {@code box} moved (not resized) so it lies inside {@code area} where it can: a popup kept in its window. */
  public static Point2D inside(Rectangle2D box, Rectangle2D area) {
    double x = Math.max(area.getMinX(), Math.min(box.getMinX(), area.getMaxX() - box.getWidth()));
    double y = Math.max(area.getMinY(), Math.min(box.getMinY(), area.getMaxY() - box.getHeight()));
    return new Point2D(x, y);
  }

  /** {@code bounds} shrunk to fit {@code screen} and moved inside it. */
  static Rectangle2D clamp(Rectangle2D bounds, Rectangle2D screen) {
    double width = Math.min(Math.max(bounds.getWidth(), minWidth(screen)), screen.getWidth());
    double height = Math.min(Math.max(bounds.getHeight(), minHeight(screen)), screen.getHeight());
    double x = Math.min(Math.max(bounds.getMinX(), screen.getMinX()), screen.getMaxX() - width);
    double y = Math.min(Math.max(bounds.getMinY(), screen.getMinY()), screen.getMaxY() - height);
    return new Rectangle2D(x, y, width, height);
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }
}
