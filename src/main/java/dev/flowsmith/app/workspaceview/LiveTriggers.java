package dev.flowsmith.app.workspaceview;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live-trigger switches of one open workspace (engine.md §3): its webhook server, its
 * schedules and its item events, each off until switched on except item events, which a Directus
 * server always fires. Starting and stopping run off the UI thread; the state properties change
 * only after the runtime did, so a switch that failed (port in use) reads off again.
 */
public final class LiveTriggers implements AutoCloseable {

  /** A flow callable over HTTP, with the address to call. */
  public record WebhookFlow(String flowId, String name, String method, String url) {}

  /** A schedule flow with its cron expression and the next fire time, or why it is not scheduled. */
  public record ScheduledFlow(String flowId, String name, String cron, String next) {}

  private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final WorkspaceRuntime runtime;
  private final WebhookServer server;
  private final ViewTasks tasks;
  private final ReadOnlyBooleanWrapper webhookOn = new ReadOnlyBooleanWrapper(this, "webhookOn");
  private final ReadOnlyStringWrapper webhookStatus = new ReadOnlyStringWrapper(this, "webhookStatus", "Stopped");
  private final ReadOnlyBooleanWrapper webhookError = new ReadOnlyBooleanWrapper(this, "webhookError");
  private final ReadOnlyBooleanWrapper schedulesOn = new ReadOnlyBooleanWrapper(this, "schedulesOn");
  private final ReadOnlyBooleanWrapper itemEventsOn = new ReadOnlyBooleanWrapper(this, "itemEventsOn");
  private final ObservableList<WebhookFlow> webhookFlows = FXCollections.observableArrayList();
  private final ObservableList<ScheduledFlow> scheduledFlows = FXCollections.observableArrayList();
  private final ObservableList<WebhookFlow> webhookFlowsView = FXCollections.unmodifiableObservableList(webhookFlows);
  private final ObservableList<ScheduledFlow> scheduledFlowsView =
      FXCollections.unmodifiableObservableList(scheduledFlows);

  /** @param fxThread how to reach the UI thread ({@code Platform::runLater}; tests: {@code Runnable::run}) */
  public LiveTriggers(WorkspaceRuntime runtime, Consumer<Runnable> fxThread) {
    this.runtime = runtime;
    this.server = new WebhookServer(runtime);
    this.tasks = new ViewTasks("live-triggers", fxThread);
    schedulesOn.set(runtime.schedulesOn());
    itemEventsOn.set(runtime.itemEventsOn());
    refreshFlows();
  }

  /** Starts or stops the webhook server; on failure the switch stays off and the status says why. */
  public CompletableFuture<Void> setWebhook(boolean on) {
    return tasks.run(() -> {
      if (on) {
        server.start();
      } else {
        server.stop();
      }
      return server.isRunning();
    }, running -> {
      webhookOn.set(running);
      webhookError.set(false);
      webhookStatus.set(running ? "Listening on http://127.0.0.1:" + server.port() : "Stopped");
      refreshFlows();
    }, problem -> {
      webhookOn.set(false);
      webhookError.set(true);
      webhookStatus.set(problem);
    });
  }

  /** Starts or stops firing the active schedule flows. */
  public CompletableFuture<Void> setSchedules(boolean on) {
    return tasks.run(() -> {
      if (on) {
        runtime.startSchedules();
      } else {
        runtime.stopSchedules();
      }
      return runtime.schedulesOn();
    }, running -> {
      schedulesOn.set(running);
      refreshFlows();
    }, problem -> schedulesOn.set(runtime.schedulesOn()));
  }

  /** Lets item changes (from flows and the data view) fire event flows, or not. A flag: no waiting. */
  public void setItemEvents(boolean on) {
    runtime.setItemEvents(on);
    itemEventsOn.set(runtime.itemEventsOn());
  }

  /** Re-reads the webhook and schedule flows (after a save, or to update next fire times). */
  public void refreshFlows() {
    int port = server.port();
    List<WebhookFlow> hooks = new ArrayList<>();
    List<ScheduledFlow> schedules = new ArrayList<>();
    for (Flow flow : runtime.flows()) {
      TriggerType type = flow.triggerType().orElse(null);
      if (type == TriggerType.WEBHOOK || type == TriggerType.MANUAL) {
        String method = type == TriggerType.MANUAL ? "POST" : flow.triggerOptions().string("method").orElse("GET");
        hooks.add(new WebhookFlow(flow.id(), flow.name(), method, url(port, flow.id())));
      } else if (type == TriggerType.SCHEDULE) {
        schedules.add(new ScheduledFlow(flow.id(), flow.name(), flow.triggerOptions().string("cron").orElse(""),
            next(flow)));
      }
    }
    webhookFlows.setAll(hooks);
    scheduledFlows.setAll(schedules);
  }

  private String next(Flow flow) {
    if (!Flow.ACTIVE.equals(flow.status())) {
      return "inactive";
    }
    String problem = runtime.schedules().problems().get(flow.id());
    if (problem != null) {
      return problem;
    }
    return runtime.schedules().nextFire(flow.id()).map((ZonedDateTime at) -> at.format(NEXT))
        .orElse(runtime.schedulesOn() ? "not scheduled" : "off");
  }

  /** {@code http://127.0.0.1:<port>/flows/trigger/<flowId>}. */
  public static String url(int port, String flowId) {
    return "http://127.0.0.1:" + port + "/flows/trigger/" + flowId;
  }

  /** The port listened on, or the configured one while stopped. */
  public int port() {
    return server.port();
  }

  public ReadOnlyBooleanProperty webhookOnProperty() {
    return webhookOn.getReadOnlyProperty();
  }

  /** "Listening on http://127.0.0.1:8055", "Stopped", or why the server could not start. */
  public ReadOnlyStringProperty webhookStatusProperty() {
    return webhookStatus.getReadOnlyProperty();
  }

  /** True while the status is an error (the panel styles it). */
  public ReadOnlyBooleanProperty webhookErrorProperty() {
    return webhookError.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty schedulesOnProperty() {
    return schedulesOn.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty itemEventsOnProperty() {
    return itemEventsOn.getReadOnlyProperty();
  }

  public ObservableList<WebhookFlow> webhookFlows() {
    return webhookFlowsView;
  }

  public ObservableList<ScheduledFlow> scheduledFlows() {
    return scheduledFlowsView;
  }

  /** Stops the server and the schedules (workspace change, app quit); does not wait for them. */
  @Override
  public void close() {
    tasks.run(() -> {
      server.stop();
      runtime.stopSchedules();
      return null;
    }, ignored -> { }, ignored -> { });
    tasks.close();
  }
}
