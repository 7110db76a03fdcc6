package dev.flowsmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.MaterialIcons;
import dev.flowsmith.app.view.MainWindow;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace list: each flow with its own icon and colour, and the search box that filters it. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceListTest {

  @TempDir Path tmp;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    Path workspace = Examples.workspace(tmp.resolve("workspace"), Examples.EMAIL_ON_PUBLISH, Examples.INVOICE_TOTALS,
        "scheduled-cleanup.json");
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    window.show();
  }

  @AfterEach
  void closeRuntime(FxRobot robot) {
    robot.interact(() -> window.runtime().close());
  }

  @Test
  void flowsShowTheirIconAndColourAndTheSearchBoxFilters(FxRobot robot) {
    ListView<?> list = robot.lookup("#workspace-list").queryAs(ListView.class);
    assertThat(list.getItems()).hasSize(3);
    FontIcon icon = robot.from(list).lookup(".entry-icon").match(node -> node.isVisible()).queryAll().stream()
        .map(FontIcon.class::cast).filter(i -> i.getIconCode() == MaterialIcons.forName("calculate"))
        .findFirst().orElseThrow();
    // invoice-totals.json: "icon": "calculate", "color": "#FFA439"
    assertThat(icon.getIconColor()).isEqualTo(Color.web("#FFA439"));

    robot.clickOn("#workspace-filter").write("invoice");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(list.getItems()).hasSize(1);
    robot.interact(() -> robot.lookup("#workspace-filter").queryAs(TextField.class).clear());
    assertThat(list.getItems()).hasSize(3);
  }
}
