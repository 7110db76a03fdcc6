package dev.flowsmith.app.run;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the Run panel shows while a flow runs on a server: the step it is at and Cancel (the
 * temporary copy is deleted either way), then a failure in plain words until dismissed.
 */
public final class ServerRunProgress extends VBox {

  public ServerRunProgress(ServerRunController controller) {
    setId("server-run-progress");
    getStyleClass().add("server-run-progress");
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    Label message = new Label();
    message.setId("server-run-message");
    message.textProperty().bind(controller.messageProperty());
    message.setWrapText(true);
    // a long message wraps in the room there is instead of widening the run panel
    message.setMinWidth(0);
    message.setPrefWidth(200);
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    spinner.visibleProperty().bind(controller.runningProperty());
    spinner.managedProperty().bind(spinner.visibleProperty());
    Button cancel = new Button();
    cancel.setId("server-run-cancel");
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    cancel.textProperty().bind(Bindings.when(controller.runningProperty()).then("Cancel").otherwise("Dismiss"));
    // a failure stays shown until dismissed; a success is in the history and the Compare tab
    BooleanProperty failureShown = new SimpleBooleanProperty();
    controller.errorProperty().addListener((obs, old, now) -> failureShown.set(now != null));
    cancel.setOnAction(event -> {
      if (controller.runningProperty().get()) {
        controller.cancel();
      } else {
        failureShown.set(false);
      }
    });
    // the button first: the run panel can be wider than the room it has, and its right edge hidden
    HBox row = new HBox(8, spinner, cancel, message);
    row.setAlignment(Pos.CENTER_LEFT);
    getChildren().add(row);
    visibleProperty().bind(controller.runningProperty().or(failureShown));
    managedProperty().bind(visibleProperty());
  }
}
