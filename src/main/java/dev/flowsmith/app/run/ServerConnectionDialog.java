package dev.flowsmith.app.run;

import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerTarget;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Asks which Directus server to run on: its URL and an access token (admin, since the run creates
 * and deletes flows and reads revisions). The token is kept for this session only, never written.
 * Connect stays disabled until the URL is a server URL and a token is there.
 */
public final class ServerConnectionDialog extends Dialog<ServerTarget> {

  public static final ButtonType CONNECT = new ButtonType("Run on Server", ButtonBar.ButtonData.OK_DONE);

  private final TextField url = new TextField();
  private final PasswordField token = new PasswordField();
  private final Label problem = new Label();

  public ServerConnectionDialog(@Nullable ServerTarget last, @Nullable String envToken) {
    setTitle("Run on a Directus server");
    setHeaderText("The flow runs as a temporary copy on the server, which is deleted afterwards.");
    getDialogPane().getStyleClass().add("server-connection-dialog");
    getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);
    url.setId("server-url");
    url.setPromptText("https://cms.example.com");
    url.setPrefColumnCount(32);
    token.setId("server-token");
    token.setPromptText(envToken != null ? "(from DIRECTUS_TOKEN)" : "an admin's static or access token");
    problem.setId("server-problem");
    problem.getStyleClass().add("run-json-error");
    problem.setWrapText(true);
    if (last != null) {
      url.setText(last.url().toString());
      token.setText(last.token());
    } else if (envToken != null) {
      token.setText(envToken);
    }
    GridPane form = new GridPane();
    form.getStyleClass().add("run-form");
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label("Server URL"), url);
    form.addRow(1, new Label("Token"), token);
    form.add(problem, 0, 2, 2, 1);
    getDialogPane().setContent(form);
    url.textProperty().addListener((obs, old, now) -> validate());
    token.textProperty().addListener((obs, old, now) -> validate());
    validate();
    setResultConverter(button -> button == CONNECT ? target().orElse(null) : null);
  }

  /** Asks, starting from the last server used in this session (or DIRECTUS_TOKEN's value). */
  public static Optional<ServerTarget> ask(@Nullable ServerTarget last, @Nullable Window owner) {
    ServerConnectionDialog dialog = new ServerConnectionDialog(last, System.getenv(ServerTarget.DEFAULT_TOKEN_ENV));
    if (owner != null) {
      dialog.initOwner(owner);
    }
    return dialog.showAndWait();
  }

  private Optional<ServerTarget> target() {
    try {
      return Optional.of(ServerTarget.of(url.getText(), token.getText()));
    } catch (DirectusCallException bad) {
      return Optional.empty();
    }
  }

  private void validate() {
    String message = "";
    if (url.getText().isBlank()) {
      message = "Give the server's URL.";
    } else {
      try {
        ServerTarget.of(url.getText(), token.getText().isBlank() ? "-" : token.getText());
        if (token.getText().isBlank()) {
          message = "Give an access token.";
        }
      } catch (DirectusCallException bad) {
        message = bad.getMessage();
      }
    }
    problem.setText(message);
    getDialogPane().lookupButton(CONNECT).setDisable(!message.isEmpty());
  }
}
