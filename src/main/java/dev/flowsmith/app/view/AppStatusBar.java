package dev.flowsmith.app.view;

import dev.flowsmith.app.run.RunController;
import dev.flowsmith.app.run.ServerRunController;
import dev.flowsmith.app.server.ServerViewModel;
import dev.flowsmith.app.tests.TestsViewModel;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.model.Flow;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * The bottom bar of the main window (ControlsFX {@link StatusBar}): the document's status on the
 * left, then what long work is under way with its progress — a run, a run on the server, a pull
 * or push, the flow tests — and on the right why the last edit was refused.
 */
final class AppStatusBar {

  private AppStatusBar() {}

  static StatusBar build(MainViewModel vm, RunController runs, ServerRunController serverRuns,
      ServerViewModel server, TestsViewModel tests) {
    Label text = new Label();
    text.setId("status-text");
    text.textProperty().bind(vm.statusTextProperty());
    // why the last edit was refused (a loop, a second arrow into one input …); never silence
    Label message = new Label();
    message.setId("edit-message");
    message.getStyleClass().add("edit-message");
    message.textProperty().bind(vm.documentProperty().flatMap(doc -> doc.editor().messageProperty()).orElse(""));

    StringBinding runText = Bindings.createStringBinding(() -> {
      String paused = runs.pausedBeforeProperty().get();
      if (paused != null) {
        return "Paused before " + paused;
      }
      Flow flow = runs.flowProperty().get();
      return "Running " + (flow == null || flow.name().isBlank() ? "the flow" : flow.name()) + " …";
    }, runs.pausedBeforeProperty(), runs.flowProperty());
    WorkStatus work = new WorkStatus()
        .track(runs.runningProperty(), runText, new SimpleDoubleProperty(-1))
        .track(serverRuns.runningProperty(), serverRuns.messageProperty(), new SimpleDoubleProperty(-1))
        .track(server.busyProperty(), server.messageProperty(), server.progressProperty())
        .track(tests.runningProperty(), Bindings.createStringBinding(
            () -> "Running tests " + Math.round(tests.progressProperty().get() * 100) + " %",
            tests.progressProperty()), tests.progressProperty());

    StatusBar bar = new StatusBar();
    bar.setId("status-bar");
    bar.getStyleClass().add("app-status-bar");
    bar.getLeftItems().setAll(text);
    bar.getRightItems().setAll(message);
    bar.textProperty().bind(work.textProperty());
    bar.progressProperty().bind(work.progressProperty());
    return bar;
  }
}
