package dev.flowsmith.app.view;

import dev.flowsmith.app.server.ServerQuestions;
import dev.flowsmith.app.server.ServerViewModel;

import dev.flowsmith.workspace.server.FlowStatus;
import dev.flowsmith.workspace.server.PushReport;
import dev.flowsmith.workspace.server.PushStep;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** {@link ServerQuestions} as alerts over the main window. */
public final class FxServerQuestions implements ServerQuestions {

  public static final ButtonType OVERWRITE = new ButtonType("Overwrite my edits", ButtonBar.ButtonData.YES);
  public static final ButtonType KEEP = new ButtonType("Keep my edits", ButtonBar.ButtonData.NO);
  public static final ButtonType FORCE = new ButtonType("Push with force", ButtonBar.ButtonData.OK_DONE);
  public static final ButtonType PUSH = new ButtonType("Push", ButtonBar.ButtonData.OK_DONE);

  private final Window owner;

  public FxServerQuestions(Window owner) {
    this.owner = owner;
  }

  @Override
  public boolean overwriteLocalEdits(List<FlowStatus> edited) {
    Alert alert = alert(Alert.AlertType.CONFIRMATION, "Pull over workspace edits?",
        names(edited) + " changed in the workspace since the last pull. Overwrite those files with the "
            + "server's version? “Keep my edits” pulls the other flows and leaves these as they are.");
    alert.getDialogPane().setId("pull-overwrite-dialog");
    alert.getButtonTypes().setAll(OVERWRITE, KEEP);
    return alert.showAndWait().orElse(KEEP) == OVERWRITE;
  }

  @Override
  public boolean forcePush(List<FlowStatus> conflicts) {
    Alert alert = alert(Alert.AlertType.WARNING, "The server's flows changed",
        names(conflicts) + " changed on the server since the last pull. Pushing with force OVERWRITES those "
            + "changes on the server; they are lost unless someone has a copy. Pull or Diff first to keep them.");
    alert.getDialogPane().setId("push-force-dialog");
    alert.getButtonTypes().setAll(FORCE, ButtonType.CANCEL);
    return alert.showAndWait().orElse(ButtonType.CANCEL) == FORCE;
  }

  @Override
  public boolean confirmPush(PushReport preview, boolean force) {
    Alert alert = alert(force ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION,
        force ? "Push with force" : "Push to the server",
        preview.plannedWrites() + (preview.plannedWrites() == 1 ? " request" : " requests")
            + " will change the server" + (force ? ", overwriting what changed there" : "") + ":");
    alert.getDialogPane().setId("push-preview-dialog");
    TextArea plan = new TextArea(preview.planned().stream().map(PushStep::toString)
        .collect(Collectors.joining("\n")));
    plan.setId("push-preview-plan");
    plan.setEditable(false);
    plan.setWrapText(true);
    plan.setPrefRowCount(Math.min(12, Math.max(3, preview.planned().size())));
    plan.getStyleClass().add("push-preview-plan");
    alert.getDialogPane().setExpandableContent(null);
    alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8,
        new javafx.scene.control.Label(alert.getContentText()), plan));
    alert.getButtonTypes().setAll(PUSH, ButtonType.CANCEL);
    return alert.showAndWait().orElse(ButtonType.CANCEL) == PUSH;
  }

  @Override
  public void report(String title, String message) {
    Alert alert = alert(Alert.AlertType.ERROR, title, message);
    alert.getDialogPane().setId("server-report-dialog");
    alert.showAndWait();
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    Alert alert = FxDialogs.alert(owner, type, title, message);
    alert.getDialogPane().setPrefWidth(560);
    return alert;
  }

  private static String names(List<FlowStatus> flows) {
    return ServerViewModel.names(flows);
  }
}
