package dev.flowsmith.app.workspaceview;

import atlantafx.base.controls.ToggleSwitch;
import dev.flowsmith.app.settings.WorkspaceSettingsDialog;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The three live-trigger switches of {@link LiveTriggers}, the webhook flows with their addresses
 * (Copy puts one on the clipboard) and the schedule flows with their next fire times.
 */
public final class LiveTriggersPanel extends ScrollPane {

  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  /** Only a running server's status is green; "Stopped" is neutral (issue 18). */
  private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

  private final LiveTriggers live;
  private final VBox webhookFlows = new VBox();
  private final VBox scheduledFlows = new VBox();

  public LiveTriggersPanel(LiveTriggers live) {
    this(live, "");
  }

  /**
   * @param context which workspace these triggers belong to, shown at the top so a list is never
   *     read as another workspace's (issue 18)
   */
  public LiveTriggersPanel(LiveTriggers live, String context) {
    this.live = live;
    setId("live-triggers");
    getStyleClass().add("live-triggers");
    setFitToWidth(true);

    Label status = new Label();
    status.setId("live-webhook-status");
    status.getStyleClass().add("live-status");
    status.textProperty().bind(live.webhookStatusProperty());
    live.webhookErrorProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(ERROR, now));
    status.pseudoClassStateChanged(ERROR, live.webhookErrorProperty().get());
    live.webhookOnProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(RUNNING, now));
    status.pseudoClassStateChanged(RUNNING, live.webhookOnProperty().get());

    // "Port … is already in use; choose another webhook port in the workspace settings"
    Hyperlink settings = new Hyperlink("Workspace Settings…");
    settings.setId("live-open-settings");
    settings.visibleProperty().bind(live.webhookErrorProperty());
    settings.managedProperty().bind(settings.visibleProperty());
    settings.setOnAction(e -> settings.fireEvent(new javafx.event.Event(WorkspaceSettingsDialog.OPEN_REQUEST)));

    webhookFlows.setId("live-webhook-flows");
    webhookFlows.getStyleClass().add("live-flow-list");
    scheduledFlows.setId("live-schedule-flows");
    scheduledFlows.getStyleClass().add("live-flow-list");
    live.webhookFlows().addListener((javafx.collections.ListChangeListener<LiveTriggers.WebhookFlow>) c -> showWebhooks());
    live.scheduledFlows().addListener((javafx.collections.ListChangeListener<LiveTriggers.ScheduledFlow>) c ->
        showSchedules());
    showWebhooks();
    showSchedules();

    Button refresh = new Button("Refresh");
    refresh.setId("live-refresh");
    refresh.setOnAction(e -> live.refreshFlows());

    Label contextLabel = new Label(context);
    contextLabel.setId("live-context");
    contextLabel.getStyleClass().add("live-context");
    contextLabel.setWrapText(true);
    contextLabel.setVisible(!context.isEmpty());
    contextLabel.setManaged(!context.isEmpty());
    VBox content = new VBox(contextLabel,
        switchRow("live-webhook-switch", "Webhook server", live.webhookOnProperty(), live::setWebhook), status,
        settings,
        webhookFlows,
        switchRow("live-schedules-switch", "Schedules", live.schedulesOnProperty(), live::setSchedules),
        scheduledFlows,
        switchRow("live-events-switch", "Item events", live.itemEventsOnProperty(), on -> {
          live.setItemEvents(on);
          return CompletableFuture.completedFuture(null);
        }),
        hint("Changes made by flows and in the Data tab start the workspace's event flows."), refresh);
    content.getStyleClass().add("live-triggers-content");
    setContent(content);
  }

  /**
   * A labelled switch that asks for a state and then shows the state the runtime reached, so a
   * start that failed flips the switch back off.
   */
  private static HBox switchRow(String id, String text, ObservableBooleanValue state,
      Function<Boolean, CompletableFuture<Void>> request) {
    ToggleSwitch toggle = new ToggleSwitch();
    toggle.setId(id);
    toggle.setSelected(state.get());
    state.addListener((obs, old, now) -> toggle.setSelected(now));
    toggle.selectedProperty().addListener((obs, old, now) -> {
      if (now != state.get()) {
        toggle.setDisable(true);
        request.apply(now).whenComplete((done, error) -> {
          toggle.setDisable(false);
          toggle.setSelected(state.get());
        });
      }
    });
    Label label = new Label(text);
    label.getStyleClass().add("live-switch-label");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox row = new HBox(label, gap, toggle);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("live-switch-row");
    return row;
  }

  private static Label hint(String text) {
    Label hint = new Label(text);
    hint.setWrapText(true);
    hint.getStyleClass().add("live-hint");
    return hint;
  }

  private void showWebhooks() {
    webhookFlows.getChildren().clear();
    if (live.webhookFlows().isEmpty()) {
      webhookFlows.getChildren().add(hint("No webhook or manual flows in this workspace."));
    }
    for (LiveTriggers.WebhookFlow flow : live.webhookFlows()) {
      Label method = new Label(flow.method());
      method.getStyleClass().add("live-method");
      Label url = new Label(flow.url());
      url.getStyleClass().add("live-url");
      Label name = new Label(flow.name());
      name.getStyleClass().add("live-flow-name");
      Button copy = new Button("Copy");
      copy.getStyleClass().add("live-copy");
      copy.setOnAction(e -> {
        ClipboardContent content = new ClipboardContent();
        content.putString(flow.url());
        Clipboard.getSystemClipboard().setContent(content);
      });
      HBox row = new HBox(method, new VBox(name, url), copy);
      HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
      row.setAlignment(Pos.CENTER_LEFT);
      row.getStyleClass().add("live-flow-row");
      webhookFlows.getChildren().add(row);
    }
  }

  private void showSchedules() {
    scheduledFlows.getChildren().clear();
    if (live.scheduledFlows().isEmpty()) {
      scheduledFlows.getChildren().add(hint("No schedule flows in this workspace."));
    }
    for (LiveTriggers.ScheduledFlow flow : live.scheduledFlows()) {
      Label name = new Label(flow.name());
      name.getStyleClass().add("live-flow-name");
      Label cron = new Label(flow.cron());
      cron.getStyleClass().add("live-cron");
      Label next = new Label("next: " + flow.next());
      next.getStyleClass().add("live-next");
      HBox row = new HBox(new VBox(name, cron), next);
      HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
      row.setAlignment(Pos.CENTER_LEFT);
      row.getStyleClass().add("live-flow-row");
      scheduledFlows.getChildren().add(row);
    }
  }
}
