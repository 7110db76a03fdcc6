package dev.flowsmith.app.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.Arrow;
import dev.flowsmith.app.canvas.ArrowLanesTest;
import dev.flowsmith.app.canvas.CanvasGeometry;
import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.canvas.Rect;
import dev.flowsmith.app.canvas.TestFlows;
import dev.flowsmith.app.canvas.TileSpacing;
import dev.flowsmith.app.viewmodel.Dialogs;
import dev.flowsmith.app.viewmodel.FileDialogs;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where tiles land, with real gestures in the real window: a tile made by dragging from a handle
 * goes to the Studio's +18 / +16 rhythm (never onto another tile) and the view scrolls to it; a
 * dragged tile keeps the gap that leaves its neighbour's handles visible.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasPlacementTest {

  @TempDir Path tmp;
  private MainViewModel vm;
  private FlowCanvas canvas;
  private CanvasDriver driver;

  private static final class Answers implements Dialogs, FileDialogs {
    @Override public void showError(String title, String message) { throw new AssertionError(message); }
    @Override public UnsavedChoice askUnsaved(String flowName) { return UnsavedChoice.DISCARD; }
    @Override public Optional<Flow> chooseFlow(String title, List<Flow> flows) { return Optional.of(flows.get(0)); }
    @Override public Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats) { return Optional.empty(); }
    @Override public boolean confirm(String title, String message) { return true; }
    @Override public Optional<Path> chooseFlowFile(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseFolder(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseSaveFile(String title, String name) { return Optional.empty(); }
  }

  @Start
  void start(Stage stage) {
    driver = CanvasDriver.showWindow(stage, new Answers(), tmp.resolve("config"));
    vm = driver.vm();
    canvas = driver.canvas();
  }

  @Test
  void aDragCreatedRejectChildGoesSixteenRowsDownOnTheRhythmAndTheViewScrollsToIt(FxRobot robot) {
    robot.clickOn(canvas);
    robot.interact(() -> canvas.viewport().set(1, 20, 20));
    robot.clickOn(driver.screen(280, 200));
    driver.pick(robot, "log");
    Operation log = driver.only("log");
    assertThat(log.position()).isEqualTo(new GridPosition(19, 1));

    // the log's reject handle near the bottom edge of the view: its child will land below the view
    double height = canvas.getHeight();
    robot.interact(() -> canvas.viewport().set(1, 20, height - 60 - 240));
    Rect before = visible();
    // released off the rhythm: 3 cells right of the next column and 3 rows up
    driver.drag(robot, driver.screen(640, 240), driver.screen(780, 180));
    driver.pick(robot, "throw");
    Operation thrown = driver.only("throw-error");
    assertThat(thrown.position()).isEqualTo(new GridPosition(19 + 18, 1 + 16));
    assertThat(driver.op(log).reject()).isEqualTo(thrown.id());
    Rect tile = CanvasGeometry.tileRect(thrown.position());
    assertThat(before.contains(tile.maxX(), tile.maxY())).isFalse();
    assertThat(visible().contains(tile.x(), tile.y()) && visible().contains(tile.maxX(), tile.maxY())).isTrue();

    // dragged far to the right of the resolve handle: the rhythm column nearest the drop, same row
    robot.interact(() -> canvas.viewport().set(0.5, 20, 20));
    driver.drag(robot, driver.screen(640, 200), driver.screen(1450, 330));
    driver.pick(robot, "transform");
    Operation transform = driver.only("transform");
    // the drop's column 74 is three steps of 18 from 19: column 73, the log's row
    assertThat(transform.position()).isEqualTo(new GridPosition(73, 1));
  }

  @Test
  void aDragCreatedTileNeverLandsOnAnotherTile(FxRobot robot) throws Exception {
    Operation parent = TestFlows.operation(0, new GridPosition(19, 1));
    // sits right on the parent's resolve slot
    Operation squatter = TestFlows.operation(1, new GridPosition(37, 1));
    open(robot, TestFlows.of(parent, squatter));

    driver.drag(robot, driver.screen(640, 200), driver.screen(760, 300));
    driver.pick(robot, "sleep");
    Operation made = driver.only("sleep");
    // the nearest free slot of the rhythm: the same column, one reject row down
    assertThat(made.position()).isEqualTo(new GridPosition(37, 17));
    assertThat(driver.op(parent).resolve()).isEqualTo(made.id());
  }

  @Test
  void aTileDraggedFlushAgainstItsNeighbourSnapsBackToKeepTheGap(FxRobot robot) throws Exception {
    Operation left = TestFlows.operation(0, new GridPosition(19, 1));
    Operation right = TestFlows.operation(1, new GridPosition(37, 1));
    open(robot, TestFlows.of(left, right));

    // 4 cells left puts it flush against the left tile (14 cells apart, 14 wide), over its resolve handle
    driver.drag(robot, driver.screen(860, 110), driver.screen(860 - 80, 110 + 6));
    GridPosition moved = driver.op(right).position();
    assertThat(moved).isEqualTo(new GridPosition(35, 1));
    assertThat(moved.x() - (left.position().x() + GridPosition.TILE_SIZE)).isEqualTo(TileSpacing.GAP);

    // dragged right on top of it: it stays where it keeps the gap, nearest to the pointer
    driver.drag(robot, driver.screen(780, 110), driver.screen(500, 110));
    GridPosition onTop = driver.op(right).position();
    boolean apart = Math.abs(onTop.x() - 19) >= 16 || Math.abs(onTop.y() - 1) >= 16;
    assertThat(apart).as("%s keeps the gap to (19, 1)", onTop).isTrue();
    assertThat(driver.op(left).position()).isEqualTo(new GridPosition(19, 1));
  }

  @Test
  void aResolveAndARejectArrowIntoOneColumnDoNotShareALine(FxRobot robot) throws Exception {
    Operation child = TestFlows.operation(1, new GridPosition(37, 17));
    Operation parent = TestFlows.operation(0, new GridPosition(19, 1)).withResolve(child.id());
    open(robot, TestFlows.of(parent, child));

    // a click on the empty reject handle: its slot (37, 17) is taken, so the child goes one row further
    robot.clickOn(driver.screen(640, 240));
    driver.pick(robot, "log");
    Operation rejected = driver.flow().operations().stream().filter(o -> o.type().equals("log")
        && !o.id().equals(parent.id())).findFirst().orElseThrow();
    assertThat(rejected.position()).isEqualTo(new GridPosition(37, 33));
    assertThat(driver.op(parent).reject()).isEqualTo(rejected.id());

    List<Arrow> arrows = canvas.tileIndex().arrows();
    assertThat(arrows).hasSize(3);
    assertThat(ArrowLanesTest.sharedStretches(arrows)).isEmpty();
  }

  // ---- helpers ---------------------------------------------------------------------------

  private void open(FxRobot robot, Flow flow) throws Exception {
    Path file = tmp.resolve("placement.json");
    Files.writeString(file, FlowWriter.canonical(flow));
    robot.interact(() -> {
      vm.openFile(file);
      canvas.viewport().set(0.6, 10, 10);
    });
  }

  private Rect visible() {
    return canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
  }
}
