package dev.flowsmith.app.view;

import dev.flowsmith.app.gesture.EditorCanvasState;
import dev.flowsmith.app.tests.SaveTestDialog;
import dev.flowsmith.app.tests.SaveTestModel;
import dev.flowsmith.app.tests.TestsPanel;
import dev.flowsmith.app.tests.TestsViewModel;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The Tests tab beside Run and History: the open flow's tests ({@link TestsPanel}), coverage on the
 * canvas tiles after a run, History's Save as Test… dialog, and a reload when a save rewrote tests.
 * Tests run the flows as they are in the editor, saved or not.
 */
final class TestsArea implements AutoCloseable {

  private final MainViewModel vm;
  private final TestsViewModel model;
  private final Tab tab = new Tab("Tests");
  private final EditorCanvasState canvas;
  private final Window owner;

  TestsArea(MainViewModel vm, EditorCanvasState canvas, Consumer<FlowTestResult> openFailure, Window owner) {
    this.vm = vm;
    this.canvas = canvas;
    this.owner = owner;
    this.model = new TestsViewModel(this::workspaceRoot, this::flows, Platform::runLater);
    tab.setId("tests-tab");
    tab.setContent(new TestsPanel(model, openFailure));
    // follows edits too, so coverage names the tiles as they are now; only another flow reloads
    vm.currentFlowProperty().addListener((obs, old, flow) -> model.setFlow(flow));
    // the tests of the active tab's workspace; a file from outside it has none there (issue 18)
    vm.runContextProperty().addListener((obs, old, ws) -> model.reload());
    vm.setOnTestsRewritten(changes -> model.reload());
    model.coverageProperty().addListener((obs, old, now) -> showCoverage());
    model.showCoverageProperty().addListener((obs, old, now) -> showCoverage());
    model.setFlow(vm.currentFlowProperty().get());
  }

  Tab tab() {
    return tab;
  }

  TestsViewModel model() {
    return model;
  }

  private void showCoverage() {
    canvas.setCoverage(model.showCoverageProperty().get() ? model.coverageProperty().get() : Map.of());
  }

  private @Nullable Path workspaceRoot() {
    WorkspaceFolder ws = vm.runContextProperty().get();
    return ws == null ? null : ws.root();
  }

  /** The workspace's flows with the open one as it is in the editor. */
  private List<Flow> flows() {
    List<Flow> flows = new ArrayList<>();
    Flow open = vm.currentFlowProperty().get();
    WorkspaceFolder ws = vm.runContextProperty().get();
    if (ws != null) {
      ws.flows().stream().filter(f -> open == null || !f.id().equals(open.id())).forEach(flows::add);
    }
    if (open != null) {
      flows.add(open);
    }
    return flows;
  }

  /**
   * History's Save as Test…: asks for the name and the paths (without blocking), writes the test,
   * reloads this view and tells {@code notice} where it went.
   */
  void saveAsTest(RunRecord run, Consumer<String> notice) {
    Path root = workspaceRoot();
    Flow open = vm.currentFlowProperty().get();
    if (open == null) {
      return;
    }
    if (root == null) {
      notice.accept("Tests live in a workspace's tests/ folder: open a workspace to save this run as a test.");
      return;
    }
    SaveTestDialog dialog = new SaveTestDialog(new SaveTestModel(open, run, root, ZoneId.systemDefault()));
    dialog.initOwner(owner);
    if (owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.setOnHidden(event -> {
      Path written = dialog.getResult();
      if (written != null) {
        model.reload();
        notice.accept("Saved the test to " + root.relativize(written) + ".");
      }
    });
    dialog.show();
  }

  @Override
  public void close() {
    model.close();
  }
}
