package dev.flowsmith.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.view.MainWindow;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless under Monocle: its first size, and what it remembers. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

  @TempDir Path tmp;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    FlowsmithApp.createWindow(stage, tmp.resolve("config"), null).show();
  }

  @Test
  void theFirstWindowIsEightyPercentOfTheScreenCentredWithAMinimumSize(FxRobot robot) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();

    assertThat(stage.getWidth()).isEqualTo(Math.round(screen.getWidth() * 0.8), within());
    assertThat(stage.getHeight()).isEqualTo(Math.round(screen.getHeight() * 0.8), within());
    assertThat(stage.getX() + stage.getWidth() / 2).isEqualTo(screen.getMinX() + screen.getWidth() / 2, within());
    assertThat(stage.getY() + stage.getHeight() / 2).isEqualTo(screen.getMinY() + screen.getHeight() / 2, within());
    assertThat(stage.getMinWidth()).isEqualTo(Math.min(WindowPlacement.MIN_WIDTH, screen.getWidth()));
    assertThat(stage.getMinHeight()).isEqualTo(Math.min(WindowPlacement.MIN_HEIGHT, screen.getHeight()));
  }

  @Test
  void sizePositionAndSplitsComeBackInTheNextWindow(FxRobot robot) {
    SplitPane side = robot.lookup(".split-pane").match(pane -> !((SplitPane) pane).getItems().isEmpty()
        && ((SplitPane) pane).getOrientation() == javafx.geometry.Orientation.HORIZONTAL).queryAs(SplitPane.class);
    robot.interact(() -> {
      stage.setX(40);
      stage.setY(30);
      stage.setWidth(1000);
      stage.setHeight(640);
      side.setDividerPositions(0.55);
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(stage::close);

    AtomicReference<Stage> next = new AtomicReference<>();
    robot.interact(() -> {
      Stage again = new Stage();
      FlowsmithApp.createWindow(again, tmp.resolve("config"), null).show();
      next.set(again);
    });
    WaitForAsyncUtils.waitForFxEvents();
    Stage again = next.get();
    try {
      assertThat(again.getX()).isEqualTo(40, within());
      assertThat(again.getY()).isEqualTo(30, within());
      assertThat(again.getWidth()).isEqualTo(1000, within());
      assertThat(again.getHeight()).isEqualTo(640, within());
      SplitPane restored = (SplitPane) again.getScene().getRoot().lookupAll(".split-pane").stream()
          .filter(pane -> ((SplitPane) pane).getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
          .findFirst().orElseThrow();
      assertThat(restored.getDividerPositions()[0]).isEqualTo(0.55, within());
    } finally {
      robot.interact(again::close);
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1.0);
  }
}
