package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View gestures and the editing hook, driven by events fired at the canvas (it is the scene root). */
@ExtendWith(ApplicationExtension.class)
class FlowCanvasTest {

  private final Operation op = TestFlows.operation(0, new GridPosition(19, 1));
  private FlowCanvas canvas;

  @Start
  void start(Stage stage) {
    canvas = CanvasTestScene.show(stage);
    canvas.setState(CanvasState.of(TestFlows.of(op)));
  }

  @AfterEach
  void lightAgain() {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
  }

  @Test
  void ctrlScrollZoomsAroundTheCursor(FxRobot robot) {
    Point2D before = canvas.screenToWorld(400, 300);
    robot.interact(() -> Event.fireEvent(canvas, scroll(400, 300, 120, true)));
    assertThat(canvas.viewport().scale()).isGreaterThan(1);
    Point2D after = canvas.screenToWorld(400, 300);
    assertThat(after.distance(before)).isLessThan(1e-6);

    robot.interact(() -> Event.fireEvent(canvas, scroll(400, 300, -40, false)));
    assertThat(canvas.screenToWorld(400, 300).getY()).isGreaterThan(after.getY());
  }

  @Test
  void draggingEmptySpacePansAndDraggingATileDoesNot(FxRobot robot) {
    double startX = canvas.viewport().translateX();
    robot.interact(() -> drag(900, 600, 800, 550));
    assertThat(canvas.viewport().translateX()).isEqualTo(startX - 100);

    double panned = canvas.viewport().translateX();
    Point2D tile = canvas.viewport().worldToScreen(500, 100);
    robot.interact(() -> drag(tile.getX(), tile.getY(), tile.getX() + 50, tile.getY()));
    assertThat(canvas.viewport().translateX()).isEqualTo(panned);
  }

  @Test
  void aHandlerThatTakesThePressGetsTheDragAndTheViewStays(FxRobot robot) {
    List<String> calls = new ArrayList<>();
    canvas.setGestureHandler(new CanvasGestureHandler() {
      @Override
      public boolean pressed(MouseEvent e, HitTarget hit, Point2D world) {
        calls.add("pressed " + hit);
        return e.isShiftDown() || hit instanceof HitTarget.ResolveHandle;
      }

      @Override
      public void dragged(MouseEvent e, Point2D world) {
        calls.add("dragged");
      }

      @Override
      public void released(MouseEvent e, Point2D world) {
        calls.add("released");
      }
    });
    Point2D handle = canvas.viewport().worldToScreen(640, 200);
    robot.interact(() -> drag(handle.getX(), handle.getY(), 900, 500));
    assertThat(calls).containsExactly("pressed ResolveHandle[operationId=op-0]", "dragged", "dragged", "released");
    assertThat(canvas.viewport().translateX()).isEqualTo(Viewport.FIT_MARGIN);

    calls.clear();
    robot.interact(() -> drag(900, 600, 800, 550));
    assertThat(calls).containsExactly("pressed Empty[]");
    assertThat(canvas.viewport().translateX()).isEqualTo(Viewport.FIT_MARGIN - 100);
  }

  @Test
  void keysZoomResetAndFit(FxRobot robot) {
    robot.interact(() -> Event.fireEvent(canvas, key(KeyCode.EQUALS)));
    assertThat(canvas.viewport().scale()).isEqualTo(1.25);
    robot.interact(() -> Event.fireEvent(canvas, key(KeyCode.DIGIT0)));
    assertThat(canvas.viewport().scale()).isEqualTo(1);
    robot.interact(() -> Event.fireEvent(canvas, key(KeyCode.MINUS)));
    assertThat(canvas.viewport().scale()).isEqualTo(0.8);
    robot.interact(() -> Event.fireEvent(canvas, key(KeyCode.DIGIT1)));
    assertThat(canvas.viewport().scale()).isEqualTo(1);
    assertThat(canvas.hitAt(640, 400)).isInstanceOf(HitTarget.class);
  }

  @Test
  void theMinimapAppearsForALargeFlowAndPressingItMovesTheView(FxRobot robot) {
    robot.interact(() -> {
      canvas.setState(CanvasState.of(TestFlows.chain(1000)));
      canvas.zoomReset();
      canvas.redrawNow();
    });
    javafx.scene.Node minimap = robot.lookup("#canvas-minimap").query();
    assertThat(minimap.isVisible()).isTrue();
    javafx.geometry.Bounds box = minimap.localToScene(minimap.getBoundsInLocal());
    Point2D before = canvas.screenToWorld(CanvasTestScene.WIDTH / 2, CanvasTestScene.HEIGHT / 2);

    robot.interact(() -> Event.fireEvent(minimap,
        mouse(MouseEvent.MOUSE_PRESSED, box.getMaxX() - 20, box.getMaxY() - 20)));

    Point2D after = canvas.screenToWorld(CanvasTestScene.WIDTH / 2, CanvasTestScene.HEIGHT / 2);
    assertThat(after.getX()).isGreaterThan(before.getX() + 1000);
    assertThat(after.getY()).isGreaterThan(before.getY() + 1000);
    assertThat(canvas.viewport().scale()).isEqualTo(1);
  }

  @Test
  void theMinimapNeverCoversATileAndStepsAsideWhileEveryCornerHasOne(FxRobot robot) {
    // tiles 80 px apart sideways and 40 px down, from the trigger on: at 100 % every corner of the view
    // has a tile (or the trigger), and not even a half-size minimap fits between them
    List<Operation> grid = new java.util.ArrayList<>();
    for (int row = 0; row < 6; row++) {
      for (int column = row == 0 ? 1 : 0; column < 7; column++) {
        grid.add(TestFlows.operation(grid.size(), new GridPosition(1 + 18 * column, 1 + 16 * row)));
      }
    }
    robot.interact(() -> {
      canvas.setState(CanvasState.of(TestFlows.of(grid.toArray(Operation[]::new))));
      canvas.zoomReset();
      canvas.redrawNow();
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.minimapShownProperty().get()).isTrue();
    assertThat(canvas.isMinimapVisible()).isFalse();

    // scrolled down past the last row: the bottom corners are empty, and the minimap is back there
    for (int i = 0; i < 40; i++) {
      robot.interact(() -> Event.fireEvent(canvas, scroll(640, 400, -40, false)));
    }
    robot.interact(canvas::redrawNow);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(canvas::redrawNow);
    assertThat(canvas.isMinimapVisible()).isTrue();
    assertThat(canvas.minimapShownProperty().get()).isTrue();
    javafx.geometry.Bounds map = canvas.minimapBounds();
    Point2D from = canvas.screenToWorld(map.getMinX(), map.getMinY());
    Point2D to = canvas.screenToWorld(map.getMaxX(), map.getMaxY());
    Rect covered = Rect.spanning(from.getX(), from.getY(), to.getX(), to.getY());
    for (Operation each : grid) {
      assertThat(CanvasGeometry.tileRect(each.position()).intersects(covered)).as(each.key()).isFalse();
    }
  }

  @Test
  void theMinimapShrinksToThreeQuartersOrHalfWhenOnlyASmallerOneFitsInACorner(FxRobot robot) {
    // panned well away from the trigger, so only the tiles placed here stand in the corners
    double panX = -1000;
    double panY = -1000;
    double width = CanvasTestScene.WIDTH;
    double height = CanvasTestScene.HEIGHT;
    // a first layout with one tile in the middle of the view: the flow overflows, every corner is free
    Point2D middle = new Point2D(width / 2 - panX, height / 2 - panY);
    List<Operation> lone = List.of(TestFlows.operation(0, new GridPosition(
        cellOf(middle.getX() - CanvasGeometry.TILE / 2.0), cellOf(middle.getY() - CanvasGeometry.TILE / 2.0))));
    javafx.geometry.Bounds full = minimapFor(robot, lone, panX, panY);
    assertThat(canvas.isMinimapVisible()).isTrue();
    double gapX = width - full.getMaxX();
    double gapY = height - full.getMaxY();
    assertThat(full.getMinX()).isGreaterThan(width / 2);

    // a tile in every corner reaches into the full-size minimap but not into the 75 % one, then into
    // the 75 % one but not into the half-size one: the minimap takes the largest size that fits
    double[][] steps = {{1, 0.75}, {0.75, 0.5}};
    for (double[] step : steps) {
      List<Operation> corners = new ArrayList<>();
      for (int corner = 0; corner < 4; corner++) {
        Rect outer = minimapArea(corner, step[0], full, gapX, gapY, width, height);
        Rect inner = minimapArea(corner, step[1], full, gapX, gapY, width, height);
        boolean right = corner % 2 == 0;
        // the tile's inner edge falls halfway between the two sizes' inner edges, centred on the corner's band
        double edge = right ? (outer.x() + inner.x()) / 2 : (inner.maxX() + outer.maxX()) / 2;
        double left = (right ? edge - CanvasGeometry.TILE : edge) - panX;
        double top = outer.y() + outer.height() / 2 - CanvasGeometry.TILE / 2.0 - panY;
        corners.add(TestFlows.operation(corner, new GridPosition(cellOf(left), cellOf(top))));
      }
      javafx.geometry.Bounds map = minimapFor(robot, corners, panX, panY);
      for (int corner = 0; corner < 4; corner++) {
        Rect tile = CanvasGeometry.tileRect(corners.get(corner).position());
        assertThat(tile.intersects(worldOf(minimapArea(corner, step[0], full, gapX, gapY, width, height))))
            .as("corner %d, %s %%", corner, step[0] * 100).isTrue();
        assertThat(tile.intersects(worldOf(minimapArea(corner, step[1], full, gapX, gapY, width, height))))
            .as("corner %d, %s %%", corner, step[1] * 100).isFalse();
      }

      assertThat(canvas.isMinimapVisible()).as("%s %%", step[1] * 100).isTrue();
      assertThat(map.getWidth()).isLessThan(full.getWidth());
      assertThat(map.getWidth()).isEqualTo((double) Math.round(full.getWidth() * step[1]));
      assertThat(map.getHeight()).isEqualTo((double) Math.round(full.getHeight() * step[1]));
      Rect covered = worldOf(new Rect(map.getMinX(), map.getMinY(), map.getWidth(), map.getHeight()));
      for (Operation each : corners) {
        assertThat(CanvasGeometry.tileRect(each.position()).intersects(covered)).as(each.key()).isFalse();
      }
      assertThat(CanvasGeometry.tileRect(GridPosition.TRIGGER).intersects(covered)).isFalse();
    }
  }

  /** Shows {@code ops} at 100 % panned to {@code (panX, panY)}, lets the minimap settle, and returns its bounds. */
  private javafx.geometry.Bounds minimapFor(FxRobot robot, List<Operation> ops, double panX, double panY) {
    robot.interact(() -> {
      canvas.setState(CanvasState.of(TestFlows.of(ops.toArray(Operation[]::new))));
      canvas.viewport().set(1, panX, panY);
      canvas.redrawNow();
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(canvas::redrawNow);
    WaitForAsyncUtils.waitForFxEvents();
    return canvas.minimapBounds();
  }

  /** The screen area a minimap at {@code scale} takes in {@code corner} (0 bottom-right … 3 top-left). */
  private static Rect minimapArea(int corner, double scale, javafx.geometry.Bounds full, double gapX,
      double gapY, double width, double height) {
    double w = Math.round(full.getWidth() * scale);
    double h = Math.round(full.getHeight() * scale);
    double x = corner % 2 == 0 ? width - w - gapX : gapX;
    double y = corner < 2 ? height - h - gapY : gapY;
    return new Rect(x, y, w, h);
  }

  private Rect worldOf(Rect screen) {
    Point2D from = canvas.screenToWorld(screen.x(), screen.y());
    Point2D to = canvas.screenToWorld(screen.maxX(), screen.maxY());
    return Rect.spanning(from.getX(), from.getY(), to.getX(), to.getY());
  }

  /** The 1-based grid cell nearest a world coordinate of a tile's left or top edge. */
  private static int cellOf(double world) {
    return (int) Math.round(world / CanvasGeometry.CELL) + 1;
  }

  @Test
  void revealingAnOperationPansItIntoView(FxRobot robot) {
    robot.interact(() -> canvas.setState(CanvasState.of(TestFlows.chain(1000))));
    // a flow this big opens fitted once laid out; the test starts from 100 % after that
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> canvas.zoomReset());
    Operation far = canvas.getState().flow().operations().get(900);
    robot.interact(() -> canvas.revealOperation(far.id()));
    Rect visible = canvas.viewport().visibleWorld(CanvasTestScene.WIDTH, CanvasTestScene.HEIGHT);
    Rect tile = CanvasGeometry.tileRect(far.position());
    assertThat(visible.contains(tile.x(), tile.y()) && visible.contains(tile.maxX(), tile.maxY())).isTrue();
  }

  @Test
  void aFlowThatFitsOpensAtOneHundredPercentAndOneThatDoesNotOpensFitted(FxRobot robot) {
    assertThat(canvas.viewport().scale()).isEqualTo(1);
    assertThat(canvas.viewport().translateX()).isEqualTo(Viewport.FIT_MARGIN);

    Flow big = TestFlows.chain(3000);
    // the generated flows share one id: showing none in between makes this another flow
    robot.interact(() -> {
      canvas.setState(null);
      canvas.setState(CanvasState.of(big));
    });
    assertThat(canvas.viewport().scale()).isLessThan(0.05);
    assertEverythingVisible(big);

    // an edit of the same flow keeps the view the user has
    robot.interact(() -> {
      canvas.zoomReset();
      canvas.setState(canvas.getState().withFlow(big.withName("Renamed")));
    });
    assertThat(canvas.viewport().scale()).isEqualTo(1);
  }

  @Test
  void ctrlOneOnThreeThousandOperationsFitsEveryTileAndDrawsThemAsBlocks(FxRobot robot) {
    Flow big = TestFlows.chain(3000);
    robot.interact(() -> {
      canvas.setState(CanvasState.of(big));
      canvas.zoomReset();
    });
    robot.interact(() -> Event.fireEvent(canvas, key(KeyCode.DIGIT1)));
    assertEverythingVisible(big);
    robot.interact(canvas::redrawNow);
    assertThat(canvas.lastStats().tilesDrawn()).isEqualTo(3000);
    assertThat(canvas.lastStats().detailed()).isFalse();
    assertThat(canvas.viewport().scale()).isLessThan(FlowRenderer.SIMPLE_SCALE);
  }

  private void assertEverythingVisible(Flow flow) {
    Rect visible = canvas.viewport().visibleWorld(CanvasTestScene.WIDTH, CanvasTestScene.HEIGHT);
    for (Operation each : flow.operations()) {
      Rect tile = CanvasGeometry.tileRect(each.position());
      assertThat(visible.contains(tile.x(), tile.y()) && visible.contains(tile.maxX(), tile.maxY()))
          .as(each.key()).isTrue();
    }
  }

  @Test
  void switchingToTheDarkThemeRepaintsTilesInItsColours(FxRobot robot) throws Exception {
    robot.interact(canvas::redrawNow);
    Paint light = canvas.style().tileFill();
    robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
      robot.interact(() -> { });
      return canvas.style() != null && !canvas.style().tileFill().equals(light);
    });
    assertThat(canvas.style().tileFill()).isNotEqualTo(light);
  }

  private void drag(double fromX, double fromY, double toX, double toY) {
    Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_PRESSED, fromX, fromY));
    Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, (fromX + toX) / 2, (fromY + toY) / 2));
    Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, toX, toY));
    Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_RELEASED, toX, toY));
  }

  private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
    return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
        false, false, false, null);
  }

  private static ScrollEvent scroll(double x, double y, double deltaY, boolean control) {
    return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, control, false, false, false, false, 0, deltaY, 0,
        deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
  }

  private static KeyEvent key(KeyCode code) {
    return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false);
  }
}
