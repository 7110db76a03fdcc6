package dev.flowsmith.app.tests;

import dev.flowsmith.format.FlowFormatException;
import java.io.IOException;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * "Save as Test…": the test's name, and a check box per chain path of the run (the keys of every
 * step's value are ticked). Save writes it through {@link SaveTestModel#save}; a failure keeps the
 * dialog open with the reason. The result is the written file.
 */
public final class SaveTestDialog extends Dialog<Path> {

  public static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);

  private final Label error = new Label();
  private @Nullable Path written;

  public SaveTestDialog(SaveTestModel model) {
    setTitle("Save as Test");
    setHeaderText("A test of “" + model.flow().name() + "” that replays this run");
    setResizable(true);
    TextField name = new TextField();
    name.setId("save-test-name");
    name.textProperty().bindBidirectional(model.nameProperty());
    HBox nameRow = new HBox(8, new Label("Name:"), name);
    HBox.setHgrow(name, Priority.ALWAYS);
    VBox paths = new VBox();
    paths.setId("save-test-paths");
    paths.getStyleClass().add("save-test-paths");
    for (SaveTestModel.PathChoice choice : model.paths()) {
      CheckBox box = new CheckBox(choice.path() + "  =  " + choice.preview());
      box.getStyleClass().add("save-test-path");
      box.setUserData(choice.path());
      box.selectedProperty().bindBidirectional(choice.chosen());
      paths.getChildren().add(box);
    }
    ScrollPane scroll = new ScrollPane(paths);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(260);
    scroll.setPrefViewportWidth(520);
    Label hint = new Label("Expect these chain values. Status and steps are expected too; requests, item, "
        + "mail, notification and Trigger Flow steps replay their results as mocks.");
    hint.setWrapText(true);
    error.setId("save-test-error");
    error.setWrapText(true);
    error.managedProperty().bind(error.visibleProperty());
    error.setVisible(false);
    VBox content = new VBox(8, nameRow, hint, scroll, error);
    getDialogPane().setContent(content);
    getDialogPane().setId("save-test-dialog");
    getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
    Button save = (Button) getDialogPane().lookupButton(SAVE);
    save.setId("save-test-save");
    save.disableProperty().bind(model.canSaveProperty().not());
    save.addEventFilter(ActionEvent.ACTION, event -> {
      try {
        written = model.save();
      } catch (IOException | FlowFormatException | IllegalArgumentException failed) {
        event.consume();
        error.setText("Cannot save the test: " + failed.getMessage());
        error.setVisible(true);
      }
    });
    setResultConverter(button -> button == SAVE ? written : null);
  }
}
