package dev.flowsmith.app.view;

import dev.flowsmith.app.viewmodel.Dialogs;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** {@link Dialogs} as JavaFX alerts and small list dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {

  private static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
  private static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.NO);

  private final Window owner;
  private final @Nullable HostServices host;

  public FxDialogs(Window owner, @Nullable HostServices host) {
    this.owner = owner;
    this.host = host;
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = alert(Alert.AlertType.ERROR, title, message);
    alert.getDialogPane().setId("error-dialog");
    alert.showAndWait();
  }

  @Override
  public UnsavedChoice askUnsaved(String flowName) {
    Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
        "“" + flowName + "” has changes that are not saved.");
    alert.setHeaderText("Save the changes first?");
    alert.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    return answer == SAVE ? UnsavedChoice.SAVE : answer == DISCARD ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
  }

  @Override
  public Optional<Flow> chooseFlow(String title, List<Flow> flows) {
    return choose(title, "Choose the flow to open:", flows,
        f -> f.name() + "  (" + f.operations().size() + " operations)");
  }

  @Override
  public Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats) {
    return choose("Export", "Export the flow as:", formats, TargetFormat::description);
  }

  @Override
  public boolean confirm(String title, String message) {
    return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().orElse(ButtonType.CANCEL)
        == ButtonType.OK;
  }

  /** Help › About: name, version, runtime versions, and where the documentation is. */
  public void showAbout(AppInfo info) {
    Alert alert = alert(Alert.AlertType.INFORMATION, "About " + info.name(), "");
    alert.setHeaderText(info.name() + " " + info.version());
    GridPane rows = new GridPane();
    rows.getStyleClass().add("about-rows");
    rows.addRow(0, new Label("Directus Flows studio"));
    rows.addRow(1, new Label("Java"), new Label(info.javaVersion()));
    rows.addRow(2, new Label("JavaFX"), new Label(info.javafxVersion()));
    Hyperlink readme = new Hyperlink(AppInfo.README);
    Path readmeFile = Path.of(AppInfo.README).toAbsolutePath();
    readme.setOnAction(event -> {
      if (host != null && Files.isRegularFile(readmeFile)) {
        host.showDocument(readmeFile.toUri().toString());
      }
    });
    rows.addRow(3, new Label("Documentation"), readme);
    alert.getDialogPane().setContent(rows);
    alert.showAndWait();
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    return alert(owner, type, title, message);
  }

  /** An alert over {@code owner} whose long message wraps instead of being cut off. */
  static Alert alert(Window owner, Alert.AlertType type, String title, String message) {
    Alert alert = new Alert(type, message);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.setResizable(true);
    // long located messages wrap instead of being cut off with "…"
    alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    return alert;
  }

  private <T> Optional<T> choose(String title, String header, List<T> items, Function<T, String> label) {
    ListView<T> list = new ListView<>();
    list.getItems().setAll(items);
    list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    list.getSelectionModel().selectFirst();
    list.setCellFactory(view -> new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : label.apply(item));
      }
    });
    list.getStyleClass().add("choice-list");
    Dialog<T> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.getDialogPane().setContent(list);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
    list.setOnMouseClicked(event -> {
      if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
        dialog.setResult(list.getSelectionModel().getSelectedItem());
      }
    });
    return dialog.showAndWait();
  }
}
