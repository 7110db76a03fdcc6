import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Flowsmith application icon: a trigger tile feeding two operation tiles, the resolve
 * arrow solid and the reject arrow dashed, as on the canvas. No text, so no fonts are needed.
 *
 * <p>Run from the repository root: {@code java jpackage/DrawIcon.java jpackage/flowsmith.png [size]}
 */
public final class DrawIcon {

  private static final Color BACKGROUND_TOP = new Color(0x7B5CFF);
  private static final Color BACKGROUND_BOTTOM = new Color(0x4A2FD0);
  private static final Color TILE = new Color(0xFFFFFF);
  private static final Color TRIGGER = new Color(0x2ECDA7);
  private static final Color RESOLVE = new Color(0xFFFFFF);
  private static final Color REJECT = new Color(0xFFB4C0);

  private DrawIcon() {}

  public static void main(String[] args) throws IOException {
    File out = new File(args.length > 0 ? args[0] : "jpackage/flowsmith.png");
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    ImageIO.write(draw(size), "png", out);
    System.out.println("wrote " + out + " (" + size + "x" + size + ", " + out.length() + " bytes)");
  }

  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(size / 256.0, size / 256.0); // drawn on a 256-unit grid, scaled to any size

      g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, 256, BACKGROUND_BOTTOM));
      g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

      // arrows first, so the tiles sit on top of their ends
      g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(RESOLVE);
      g.draw(curve(92, 92, 164, 82));
      g.setColor(REJECT);
      g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {14, 16}, 0));
      g.draw(curve(92, 120, 164, 178));

      tile(g, 36, 70, TRIGGER);
      tile(g, 152, 48, TILE);
      tile(g, 152, 144, TILE);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static Path2D curve(double x1, double y1, double x2, double y2) {
    Path2D path = new Path2D.Double();
    path.moveTo(x1, y1);
    double mid = (x1 + x2) / 2;
    path.curveTo(mid, y1, mid, y2, x2, y2);
    return path;
  }

  /** A 68-unit tile with a darker header strip, like a tile on the canvas. */
  private static void tile(Graphics2D g, double x, double y, Color body) {
    g.setColor(new Color(0, 0, 0, 60));
    g.fill(new RoundRectangle2D.Double(x + 3, y + 5, 68, 68, 18, 18));
    g.setColor(body);
    g.fill(new RoundRectangle2D.Double(x, y, 68, 68, 18, 18));
    g.setColor(new Color(0x4A2FD0));
    g.fill(new RoundRectangle2D.Double(x + 12, y + 16, 44, 8, 8, 8));
    g.setColor(new Color(0xC9C0F5));
    g.fill(new RoundRectangle2D.Double(x + 12, y + 32, 30, 7, 7, 7));
    g.fill(new RoundRectangle2D.Double(x + 12, y + 46, 38, 7, 7, 7));
  }
}
