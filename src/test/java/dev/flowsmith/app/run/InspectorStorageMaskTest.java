package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.Examples;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.view.FxClipboard;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector shows a run's live values, and marks those the run history and exports keep as
 * {@code --redacted--} (engine.md §8.2): here the webhook's {@code Authorization} header.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorStorageMaskTest {

  private static final PseudoClass MASKED = PseudoClass.getPseudoClass("masked");

  @TempDir static Path dir;
  private AppRuntime runtime;
  private RunController controller;
  private RunPanel panel;

  @Start
  void start(Stage stage) throws Exception {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    runtime = RunFixtures.runtime(dir.resolve("m" + System.nanoTime()));
    controller = new RunController(runtime, Platform::runLater);
    panel = new RunPanel(controller, new FxClipboard(), () -> { }, id -> { });
    Scene scene = new Scene(panel, 1000, 700);
    scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
        .toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    controller.close();
    runtime.close();
  }

  @Test
  void theAuthorizationHeaderIsShownLiveAndMarkedAsMaskedInStorage(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    TriggerInput input = TriggerInput.webhook(
        JsonObject.builder().put("authorization", "Bearer live-token").build(),
        JsonObject.EMPTY, JsonObject.builder().put("email", "ada@example.com").build());
    robot.interact(() -> controller.start(flow, input));
    RunControllerTest.waitUntil(() -> controller.recordProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("lead_payload");
    robot.clickOn("#chain-search").write("live-token");
    WaitForAsyncUtils.waitForFxEvents();

    List<TreeCell<?>> cells = robot.lookup("#chain-tree .tree-cell").queryAll().stream()
        .<TreeCell<?>>map(node -> (TreeCell<?>) node).filter(cell -> cell.getText() != null).toList();
    TreeCell<?> authorization = cells.stream().filter(cell -> cell.getText().startsWith("authorization:"))
        .findFirst().orElseThrow();
    assertThat(authorization.getText()).contains("Bearer live-token").endsWith(JsonTreeView.MASKED_NOTE);
    assertThat(authorization.getPseudoClassStates()).contains(MASKED);
    assertThat(authorization.getTooltip().getText()).contains("--redacted--");
    TreeCell<?> email = cells.stream().filter(cell -> cell.getText().startsWith("email:")).findFirst()
        .orElseThrow(() -> new AssertionError(cells.stream().map(TreeCell::getText).toList()));
    assertThat(email.getPseudoClassStates()).doesNotContain(MASKED);
    assertThat(email.getTooltip()).isNull();
    assertThat(email.getText()).doesNotContain(JsonTreeView.MASKED_NOTE);

    // the run as history keeps it holds the masked value, not the live one
    assertThat(controller.recordProperty().get().data().toString()).doesNotContain("live-token");
  }
}
