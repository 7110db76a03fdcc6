package dev.flowsmith.app.view;

import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.tests.TestsViewModel;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.RunLogStore;
import java.time.Clock;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The desktop notices of the main window (ControlsFX {@link Notifications}, bottom right): a
 * webhook or schedule run finished in the background ({@link RunNotices}), and the flow tests
 * finished. A click on a run's notice opens the History tab.
 */
final class DesktopNotices {

  private static final Duration SHOWN_FOR = Duration.seconds(6);
  private static final Pattern SOME_FAILED = Pattern.compile("\\b[1-9]\\d* failed\\b");

  private final Window owner;
  private final Runnable openHistory;
  private final RunNotices runs;
  private @Nullable Runnable unwatch;

  DesktopNotices(Window owner, MainViewModel vm, AppRuntime runtime, TestsViewModel tests, Runnable openHistory) {
    this.owner = owner;
    this.openHistory = openHistory;
    this.runs = new RunNotices(id -> flowName(vm, id), notice -> Platform.runLater(() -> show(notice)),
        Clock.systemUTC());
    watch(runtime.historyProperty().get());
    runtime.historyProperty().addListener((obs, old, store) -> watch(store));
    tests.runningProperty().addListener((obs, was, running) -> {
      if (was && !running) {
        testsFinished(tests.summaryProperty().get());
      }
    });
  }

  private void watch(@Nullable RunLogStore store) {
    if (unwatch != null) {
      unwatch.run();
    }
    unwatch = store == null ? null : runs.watch(store);
  }

  private void show(RunNotices.Notice notice) {
    Notifications shown = base(notice.title(), notice.text()).onAction(event -> openHistory.run());
    if (notice.failed()) {
      shown.showWarning();
    } else {
      shown.showInformation();
    }
  }

  private void testsFinished(String summary) {
    Notifications shown = base("Flow tests finished", summary);
    if (SOME_FAILED.matcher(summary).find()) {
      shown.showWarning();
    } else {
      shown.showInformation();
    }
  }

  private Notifications base(String title, String text) {
    return Notifications.create().owner(owner).title(title).text(text).position(Pos.BOTTOM_RIGHT)
        .hideAfter(SHOWN_FOR);
  }

  private static String flowName(MainViewModel vm, String flowId) {
    WorkspaceFolder ws = vm.workspaceProperty().get();
    if (ws != null) {
      for (Flow flow : ws.flows()) {
        if (flow.id().equals(flowId) && !flow.name().isBlank()) {
          return flow.name();
        }
      }
    }
    return flowId;
  }
}
