package dev.flowsmith.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.HistoryFixtures;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistoryPanelTest {

  private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

  @TempDir
  static Path dir;

  private final FxRobot robot = new FxRobot();
  private final List<RunRecord> opened = new ArrayList<>();
  private final List<List<RunRecord>> compared = new ArrayList<>();
  private RunLogStore store;
  private Flow flow;
  private HistoryPanel panel;

  @Start
  void start(Stage stage) throws Exception {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Path workspace = dir.resolve("ws-" + System.nanoTime());
    store = new RunLogStore(WorkspaceFolder.create(workspace));
    flow = HistoryFixtures.exampleFlow("invoice-totals");
    panel = new HistoryPanel(store, () -> flow, opened::add);
    panel.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
    panel.setOnCompare((a, b) -> compared.add(List.of(a, b)));
    Scene scene = new Scene(panel, 560, 600);
    scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
        .toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void closeStore() {
    robot.interact(panel::dispose);
    store.close();
  }

  @Test
  void runsShowNewestFirstUnderDayHeadingsAndFollowTheStore() throws Exception {
    store.add(run("yesterday", NOW.minusSeconds(86_400), "resolve"), true);
    store.add(run("recent", NOW.minusSeconds(300), "reject"), false);
    WaitForAsyncUtils.waitForFxEvents();

    ListView<HistoryItem> list = robot.lookup("#history-list").queryListView();
    assertThat(list.getItems()).extracting(HistoryPanelTest::describe)
        .containsExactly("day Today", "run recent", "day Yesterday", "run yesterday");
    assertThat(robot.lookup(".history-time").queryAll()).extracting(node -> ((Label) node).getText())
        .contains("5 minutes ago", "a day ago");
    Node recentCell = robot.lookup(".history-cell").queryAll().stream()
        .filter(cell -> cell.getPseudoClassStates().toString().contains("reject")).findFirst().orElseThrow();
    assertThat(recentCell.getPseudoClassStates().toString()).contains("failed", "untracked");
    assertThat(robot.lookup("#history-open").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#history-compare").queryButton().isDisabled()).isTrue();

    robot.clickOn("#history-failed-only");
    assertThat(list.getItems()).extracting(HistoryPanelTest::describe).containsExactly("day Today", "run recent");
  }

  @Test
  void openCompareAndDeleteWorkOnTheSelectedRuns() throws Exception {
    store.add(run("first", NOW.minusSeconds(600), "resolve"), true);
    store.add(run("second", NOW.minusSeconds(60), "resolve"), true);
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn(cellOf("first"));
    robot.clickOn("#history-open");
    assertThat(opened).extracting(RunRecord::runId).containsExactly("first");

    robot.interact(() -> panel.list().getSelectionModel().selectAll()); // headings too: they are ignored
    Button compare = robot.lookup("#history-compare").queryButton();
    assertThat(compare.isDisabled()).isFalse();
    robot.clickOn(compare);
    assertThat(compared).singleElement().satisfies(pair ->
        assertThat(pair).extracting(RunRecord::runId).containsExactly("first", "second"));

    robot.clickOn(cellOf("first"));
    robot.clickOn("#history-delete");
    assertThat(store.list(flow.id())).extracting(RunLogStore.Entry::runId).containsExactly("second");
    assertThat(panel.list().getItems()).extracting(HistoryPanelTest::describe).containsExactly("day Today",
        "run second");
  }

  @Test
  void aPastedGoldenLogIsStoredAsDirectusAndOpened() throws Exception {
    robot.clickOn("#history-paste");
    TextArea text = robot.lookup("#history-paste-text").queryAs(TextArea.class);
    robot.interact(() -> text.setText("{\"steps\": [\n  {\"key\": }\n]}"));
    robot.clickOn("#history-paste-import");

    Label error = robot.lookup("#history-paste-error").queryAs(Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).startsWith("Line 2, column 11");
    assertThat(text.getText()).contains("\"key\": }");
    assertThat(text.getCaretPosition()).isEqualTo(22);

    String golden = HistoryFixtures.revisionText("invoice-totals", "totals-written");
    robot.interact(() -> text.setText(golden));
    robot.clickOn("#history-paste-import");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(Window.getWindows()).noneMatch(window -> window.getScene().lookup("#history-paste-text") != null);
    assertThat(opened).singleElement().satisfies(run -> {
      assertThat(run.source()).isEqualTo("directus");
      assertThat(run.steps()).extracting(RunRecord.Step::type).containsExactly("item-read", "exec", "item-update");
    });
    assertThat(store.list(flow.id())).singleElement().satisfies(entry -> {
      assertThat(entry.source()).isEqualTo("directus");
      assertThat(entry.runId()).isEqualTo(opened.get(0).runId());
    });
    assertThat(panel.list().getItems()).hasSize(2);
  }

  private RunRecord run(String id, Instant at, String status) throws Exception {
    RunRecord run = HistoryFixtures.run(id, at, "1", status);
    return new RunRecord(run.runId(), flow.id(), run.source(), run.startedAt(), run.durationMicros(), run.status(),
        run.steps(), run.data());
  }

  private Node cellOf(String runId) {
    return robot.lookup(".history-cell").queryAll().stream()
        .filter(cell -> cell instanceof HistoryCell c && c.getItem() instanceof HistoryItem.Run r
            && r.entry().runId().equals(runId))
        .findFirst().orElseThrow();
  }

  private static String describe(HistoryItem item) {
    return item instanceof HistoryItem.Day day ? "day " + day.title() : "run " + ((HistoryItem.Run) item).entry().runId();
  }
}
