package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The renderer under TestFX: work follows the screen, and the pixels carry the stylesheet's colours. */
@ExtendWith(ApplicationExtension.class)
class FlowRendererTest {

  private FlowCanvas canvas;

  @Start
  void start(Stage stage) {
    canvas = CanvasTestScene.show(stage);
  }

  @Test
  void aFiveThousandOperationFlowAtOneHundredPercentDrawsOnlyTheTilesOnScreen(FxRobot robot) {
    Flow flow = TestFlows.chain(5000);
    robot.interact(() -> {
      canvas.setState(CanvasState.of(flow));
      canvas.zoomReset();
      canvas.redrawNow();
    });

    RenderStats stats = canvas.lastStats();
    assertThat(stats.tilesDrawn()).isBetween(4, 20);
    assertThat(stats.arrowsDrawn()).isLessThan(30);
    assertThat(stats.detailed()).isTrue();
    assertThat(stats.gridDrawn()).isTrue();

    robot.interact(() -> {
      canvas.zoomToFit();
      canvas.redrawNow();
    });
    // the fit goes as low as the flow needs (about half a percent) and draws every tile as a block
    assertThat(canvas.viewport().scale()).isLessThan(FlowRenderer.SIMPLE_SCALE).isGreaterThan(Viewport.MIN_SCALE);
    assertThat(canvas.lastStats().detailed()).isFalse();
    assertThat(canvas.lastStats().gridDrawn()).isFalse();
    assertThat(canvas.lastStats().tilesDrawn()).isEqualTo(5000);
  }

  @Test
  void belowTheSimpleScaleATileIsOneBlockOfItsTypeColourWithNoText(FxRobot robot) {
    Operation op = TestFlows.operation(0, new GridPosition(19, 1));
    WritableImage[] image = new WritableImage[2];
    robot.interact(() -> {
      canvas.setState(CanvasState.of(TestFlows.of(op)));
      canvas.viewport().set(0.1, 0, 0);
      canvas.redrawNow();
      image[0] = canvas.snapshot(null, null);
      canvas.viewport().set(0.3, 0, 0);
      canvas.redrawNow();
      image[1] = canvas.snapshot(null, null);
    });
    CanvasStyle style = canvas.style();
    // the tile spans x 36–64, y 0–28 at 10 %: every pixel inside is the type colour
    for (int x = 38; x < 63; x += 4) {
      for (int y = 2; y < 27; y += 4) {
        assertThat(close(image[0].getPixelReader().getColor(x, y), (Color) style.type().fill())).as("(%d, %d)", x, y).isTrue();
      }
    }
    // at 30 % it is still a card: its middle is the tile fill, not the type colour
    assertThat(close(image[1].getPixelReader().getColor(150, 42), (Color) style.type().fill())).isFalse();
  }

  @Test
  void theSelectedOutlineAndTheRejectArrowHaveTheirStylesheetColours(FxRobot robot) {
    Operation child = TestFlows.operation(1, new GridPosition(37, 17));
    Operation selected = TestFlows.operation(0, new GridPosition(19, 1)).withReject(child.id());
    Operation other = TestFlows.operation(2, new GridPosition(19, 17));
    Flow flow = TestFlows.of(selected, child, other);
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> {
      canvas.setState(CanvasState.of(flow).withSelection(Set.of(selected.id()), false));
      canvas.redrawNow();
      image[0] = canvas.snapshot(null, null);
    });
    CanvasStyle style = canvas.style();

    // the outline runs 4 px outside the tile's left edge (x 360), 2 px wide
    Color onSelected = pixel(image[0], 356, 140);
    Color onOther = pixel(image[0], 356, 460);
    assertThat(onSelected).isNotEqualTo(onOther);
    assertThat(close(onSelected, (Color) style.selected().paint())).isTrue();

    // the reject arrow's first leg leaves the handle at (640, 240) + 10 px; its first dash is 6 px long
    Color onArrow = pixel(image[0], 652, 240);
    assertThat(close(onArrow, (Color) style.arrowReject().paint())).isTrue();
    assertThat(close(onArrow, (Color) style.arrowResolve().paint())).isFalse();
  }

  @Test
  void aBreakpointIsADotOnTheTilesLeftEdge(FxRobot robot) {
    Operation paused = TestFlows.operation(0, new GridPosition(19, 1));
    Operation other = TestFlows.operation(1, new GridPosition(19, 17));
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> {
      canvas.setState(CanvasState.of(TestFlows.of(paused, other)).withBreakpoints(Set.of(paused.id())));
      canvas.redrawNow();
      image[0] = canvas.snapshot(null, null);
    });
    CanvasStyle style = canvas.style();

    // the dot is centred on the left edge (x 360) beside the header, 21 px below the top
    assertThat(close(pixel(image[0], 358, 21), (Color) style.lintError())).isTrue();
    assertThat(close(pixel(image[0], 358, 320 + 21), (Color) style.lintError())).isFalse();
  }

  private Color pixel(WritableImage image, double worldX, double worldY) {
    Point2D screen = canvas.viewport().worldToScreen(worldX, worldY);
    return image.getPixelReader().getColor((int) screen.getX(), (int) screen.getY());
  }

  private static boolean close(Color a, Color b) {
    double tolerance = 0.12;
    return Math.abs(a.getRed() - b.getRed()) < tolerance && Math.abs(a.getGreen() - b.getGreen()) < tolerance
        && Math.abs(a.getBlue() - b.getBlue()) < tolerance;
  }
}
