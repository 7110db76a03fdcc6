package dev.flowsmith.app.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.action.AppActions;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Edit menu by its shortcuts on the real window: clipboard across flows, duplicate, tidy, problems. */
@ExtendWith(ApplicationExtension.class)
class EditMenuTest {

  @TempDir Path tmp;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openFile(Examples.path(Examples.WEBHOOK));
    window.show();
  }

  private Flow flow() {
    return window.viewModel().currentFlowProperty().get();
  }

  private void shortcut(FxRobot robot, KeyCode... keys) {
    KeyCode[] withControl = new KeyCode[keys.length + 1];
    withControl[0] = KeyCode.CONTROL;
    System.arraycopy(keys, 0, withControl, 1, keys.length);
    robot.press(withControl);
    for (int i = withControl.length - 1; i >= 0; i--) {
      robot.release(withControl[i]);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void copyAllAndPasteIntoANewFlowKeepsTheLinksWithNewIds(FxRobot robot) {
    Flow source = flow();
    robot.clickOn("#flow-canvas");
    shortcut(robot, KeyCode.A);
    shortcut(robot, KeyCode.C);
    robot.interact(() -> window.viewModel().newFlow());
    robot.clickOn("#flow-canvas");
    shortcut(robot, KeyCode.V);

    Flow pasted = flow();
    assertThat(pasted.id()).isNotEqualTo(source.id());
    assertThat(pasted.operations()).hasSameSizeAs(source.operations());
    Set<String> sourceIds = new HashSet<>();
    source.operations().forEach(op -> sourceIds.add(op.id()));
    assertThat(pasted.operations()).allSatisfy(op -> assertThat(sourceIds).doesNotContain(op.id()));
    assertThat(kinds(pasted.graph().links())).isEqualTo(kinds(source.graph().links().stream()
        .filter(link -> !link.fromTrigger()).toList()));
    assertThat(window.actions().get(AppActions.UNDO).liveLabel().getValue())
        .isEqualTo("Undo Paste " + source.operations().size() + " operations");
  }

  @Test
  void duplicateTidyAndUndo(FxRobot robot) {
    Flow before = flow();
    robot.clickOn("#flow-canvas");
    robot.interact(() -> window.viewModel().documentProperty().get().editor()
        .selectOperation(before.operations().get(0).id()));
    shortcut(robot, KeyCode.D);
    assertThat(flow().operations()).hasSize(before.operations().size() + 1);

    shortcut(robot, KeyCode.SHIFT, KeyCode.L);
    List<Operation> ops = flow().operations();
    for (int i = 0; i < ops.size(); i++) {
      for (int j = i + 1; j < ops.size(); j++) {
        assertThat(ops.get(i).position().overlaps(ops.get(j).position())).isFalse();
      }
    }
    shortcut(robot, KeyCode.Z);
    shortcut(robot, KeyCode.Z);
    assertThat(flow()).isEqualTo(before);
  }

  @Test
  void aLintProblemIsListedAndClickingItSelectsTheTile(FxRobot robot) {
    // a request without a URL is a lint error on that tile
    Set<String> before = new HashSet<>();
    flow().operations().forEach(op -> before.add(op.id()));
    robot.interact(() -> window.viewModel().documentProperty().get().editor()
        .createChild("request", flow().operations().get(2).id(), Link.Kind.RESOLVE));
    String request = flow().operations().stream().filter(op -> !before.contains(op.id())).findFirst()
        .orElseThrow().id();
    robot.interact(() -> window.viewModel().documentProperty().get().editor().clearSelection());
    WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS); // lint runs after a pause
    WaitForAsyncUtils.waitForFxEvents();

    TitledPane panel = robot.lookup("#problems-panel").queryAs(TitledPane.class);
    assertThat(panel.getText()).startsWith("Problems (");
    robot.clickOn(panel.lookup(".title"));
    @SuppressWarnings("unchecked")
    ListView<LintProblem> list = robot.lookup("#problems-list").queryAs(ListView.class);
    int index = -1;
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).code().equals("missing-required-option")) {
        index = i;
      }
    }
    assertThat(index).isNotNegative();
    int row = index;
    robot.interact(() -> list.getSelectionModel().select(row));

    assertThat(window.viewModel().documentProperty().get().editor().selection().operations())
        .containsExactly(request);
  }

  private static List<String> kinds(List<Link> links) {
    return links.stream().map(link -> link.kind().name()).sorted().toList();
  }
}
