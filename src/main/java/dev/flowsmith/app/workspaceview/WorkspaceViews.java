package dev.flowsmith.app.workspaceview;

import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's world as tabs — Data, Outbox, Notifications, Console, Live Triggers — bound to
 * the app's shared runtime. When the workspace changes the runtime-bound views are closed
 * (stopping the webhook server and schedules) and built again for the new runtime; while none is
 * open, and the tabs are on screen, the runtime is opened so the tabs have something to show.
 * Call {@link #close()} before closing the {@link AppRuntime}.
 */
public final class WorkspaceViews extends TabPane implements AutoCloseable {

  private final AppRuntime app;
  private final Tab data = tab("workspace-tab-data", "Data");
  private final Tab outbox = tab("workspace-tab-outbox", "Outbox");
  private final Tab notifications = tab("workspace-tab-notifications", "Notifications");
  private final Tab console = tab("workspace-tab-console", "Console");
  private final Tab live = tab("workspace-tab-live", "Live Triggers");
  private final List<AutoCloseable> bound = new ArrayList<>();
  /**
   * The live triggers of each open runtime. They outlive the views that show them: a workspace's
   * webhook server and schedules keep running while an outside file's tab is in front, and stop
   * when their runtime closes.
   */
  private final java.util.Map<WorkspaceRuntime, LiveTriggers> triggersByRuntime = new java.util.IdentityHashMap<>();
  private @Nullable LiveTriggers liveTriggers;
  private @Nullable String openError;
  private boolean closed;

  public WorkspaceViews(AppRuntime app) {
    this.app = app;
    setId("workspace-views");
    getStyleClass().add("workspace-views");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    console.setContent(new ConsoleView(app.console()));
    getTabs().addAll(List.of(data, outbox, notifications, console, live));
    app.runtimeProperty().addListener((obs, old, now) -> bind(now));
    app.onClose(gone -> {
      LiveTriggers triggers = triggersByRuntime.remove(gone);
      if (triggers != null) {
        triggers.close();
      }
    });
    sceneProperty().addListener((obs, old, now) -> openLater());
    bind(app.runtimeProperty().get());
  }

  /** Opens the app's runtime if none is open (the views then bind to it); errors show in the tabs. */
  public void open() {
    if (closed || app.runtimeProperty().get() != null) {
      return;
    }
    try {
      app.runtime();
      openError = null;
    } catch (Exception cannotOpen) {
      openError = ViewTasks.message(cannotOpen);
      bind(null);
    }
  }

  /** The live-trigger switches of the current runtime, if one is open. */
  public @Nullable LiveTriggers liveTriggers() {
    return liveTriggers;
  }

  private void bind(@Nullable WorkspaceRuntime runtime) {
    unbind();
    if (runtime == null || closed) {
      for (Tab tab : List.of(data, outbox, notifications, live)) {
        tab.setContent(placeholder());
      }
      openLater();
      return;
    }
    Path root = runtime.folder().root();
    DataView dataView = new DataView(runtime, app);
    OutboxView outboxView = new OutboxView(root);
    NotificationsView notificationsView = new NotificationsView(root);
    LiveTriggers triggers = triggersByRuntime.computeIfAbsent(runtime, r -> new LiveTriggers(r, Platform::runLater));
    bound.addAll(List.of(dataView, outboxView, notificationsView));
    liveTriggers = triggers;
    data.setContent(dataView);
    outbox.setContent(outboxView);
    notifications.setContent(notificationsView);
    live.setContent(new LiveTriggersPanel(triggers, context(root)));
  }

  /** Names the workspace these views show; the scratch one holds flow files opened alone. */
  private String context(Path root) {
    return app.isScratch()
        ? "Scratch workspace — a flow file opened alone runs here, apart from any open workspace."
        : "Workspace · " + root.getFileName();
  }

  private void unbind() {
    for (AutoCloseable view : bound) {
      try {
        view.close();
      } catch (Exception ignored) {
        // closing only stops background work; nothing is left to report it to
      }
    }
    bound.clear();
    liveTriggers = null;
  }

  /** Opens a runtime on the next pulse, if the tabs are in a showing window and none is open. */
  private void openLater() {
    if (closed || openError != null) {
      return;
    }
    Platform.runLater(() -> {
      if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
        open();
      }
    });
  }

  private Node placeholder() {
    Label text = new Label(openError != null ? "The workspace could not be opened: " + openError
        : "No workspace runtime is open.");
    text.setWrapText(true);
    text.getStyleClass().add(openError != null ? "workspace-view-error" : "workspace-view-placeholder");
    Button open = new Button("Open");
    open.setId("workspace-views-open");
    open.setOnAction(e -> {
      openError = null;
      open();
    });
    VBox box = new VBox(text, open);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add("workspace-view-empty");
    return box;
  }

  private static Tab tab(String id, String text) {
    Tab tab = new Tab(text);
    tab.setId(id);
    return tab;
  }

  /** Stops the live triggers and the views' background work; the runtimes themselves stay open. */
  @Override
  public void close() {
    closed = true;
    unbind();
    triggersByRuntime.values().forEach(LiveTriggers::close);
    triggersByRuntime.clear();
  }
}
