package dev.flowsmith.app.server;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * File › Connect to Directus…: binds a {@link ConnectForm}. Connect (and Test connection) sign in
 * off the FX thread with a spinner; the dialog closes only once the server answered well, and
 * stays open with the reason in plain words when it did not. Cancel also stops a pending attempt.
 */
public final class ConnectDialog extends Dialog<ServerConnection> {

  public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

  private final ConnectForm form;

  public ConnectDialog(ConnectForm form, boolean canSaveName) {
    this.form = form;
    setTitle("Connect to Directus");
    setHeaderText("Pull, diff, push and run flows on a Directus server. The token is never written "
        + "into the workspace.");
    getDialogPane().getStyleClass().add("connect-dialog");
    getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);

    ComboBox<String> server = new ComboBox<>(form.serverChoices());
    server.setId("connect-server");
    server.valueProperty().bindBidirectional(form.serverProperty());
    server.setMinWidth(Region.USE_PREF_SIZE);
    server.setPrefWidth(220);
    BooleanBinding other = form.serverProperty().isEqualTo(ConnectForm.OTHER_URL);

    TextField url = new TextField();
    url.setId("server-url");
    url.setPromptText("https://cms.example.com");
    url.setPrefColumnCount(30);
    url.textProperty().bindBidirectional(form.urlProperty());
    url.editableProperty().bind(other);

    TextField saveAs = new TextField();
    saveAs.setId("connect-save-as");
    saveAs.setPromptText(canSaveName ? "optional: a name to keep it under in workspace.json"
        : "open a workspace to name servers");
    saveAs.textProperty().bindBidirectional(form.saveAsProperty());
    saveAs.setDisable(!canSaveName);
    Label saveAsLabel = new Label("Save as");

    ToggleGroup authGroup = new ToggleGroup();
    RadioButton byToken = new RadioButton("Access token");
    byToken.setId("connect-auth-token");
    RadioButton byLogin = new RadioButton("Email and password");
    byLogin.setId("connect-auth-login");
    byToken.setToggleGroup(authGroup);
    byLogin.setToggleGroup(authGroup);
    authGroup.selectToggle(form.authProperty().get() == ConnectForm.Auth.LOGIN ? byLogin : byToken);
    authGroup.selectedToggleProperty().addListener((obs, old, now) ->
        form.authProperty().set(now == byLogin ? ConnectForm.Auth.LOGIN : ConnectForm.Auth.TOKEN));
    form.authProperty().addListener((obs, old, now) ->
        authGroup.selectToggle(now == ConnectForm.Auth.LOGIN ? byLogin : byToken));
    BooleanBinding login = form.authProperty().isEqualTo(ConnectForm.Auth.LOGIN);

    PasswordField token = new PasswordField();
    token.setId("server-token");
    token.setPromptText("a static token (user settings › Token) or an access token");
    token.textProperty().bindBidirectional(form.tokenProperty());
    Label tokenLabel = new Label("Token");
    TextField email = new TextField();
    email.setId("connect-email");
    email.textProperty().bindBidirectional(form.emailProperty());
    Label emailLabel = new Label("Email");
    PasswordField password = new PasswordField();
    password.setId("connect-password");
    password.textProperty().bindBidirectional(form.passwordProperty());
    Label passwordLabel = new Label("Password");

    CheckBox remember = new CheckBox("Remember token on this computer");
    remember.setId("connect-remember");
    remember.selectedProperty().bindBidirectional(form.rememberProperty());

    Button test = new Button("Test connection");
    test.setId("connect-test");
    test.disableProperty().bind(form.busyProperty().or(form.completeProperty().not()));
    test.setOnAction(event -> form.test());
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(16, 16);
    spinner.visibleProperty().bind(form.busyProperty());
    Label status = new Label();
    status.setId("connect-status");
    status.getStyleClass().add("connect-status");
    status.textProperty().bind(form.messageProperty());
    status.setWrapText(true);
    status.setMinWidth(0);
    HBox.setHgrow(status, Priority.ALWAYS);
    HBox testRow = new HBox(8, test, spinner, status);
    testRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    // the form's own check first (what is missing), then the server's answer
    Label problem = new Label();
    problem.setId("connect-problem");
    problem.getStyleClass().add("connect-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(520);
    problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
        form.problemProperty().get().isEmpty() ? form.validation() : form.problemProperty().get(),
        form.problemProperty(), form.completeProperty()));

    GridPane grid = new GridPane();
    grid.getStyleClass().add("connect-form");
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Server"), server);
    grid.addRow(1, new Label("URL"), url);
    grid.addRow(2, saveAsLabel, saveAs);
    grid.addRow(3, new Label("Sign in with"), new HBox(16, byToken, byLogin));
    grid.addRow(4, tokenLabel, token);
    grid.addRow(5, emailLabel, email);
    grid.addRow(6, passwordLabel, password);
    grid.add(remember, 1, 7);
    grid.add(testRow, 1, 8);
    grid.add(problem, 1, 9);
    GridPane.setHgrow(url, Priority.ALWAYS);
    showWhen(other, saveAsLabel, saveAs);
    showWhen(login.not(), tokenLabel, token);
    showWhen(login, emailLabel, email, passwordLabel, password);
    getDialogPane().setContent(grid);
    getDialogPane().setPrefWidth(640);

    Node connect = getDialogPane().lookupButton(CONNECT);
    connect.disableProperty().bind(form.busyProperty().or(form.completeProperty().not()));
    // Connect waits for the server: the dialog stays open until it answered well
    connect.addEventFilter(ActionEvent.ACTION, event -> {
      event.consume();
      form.connect().thenAccept(connection -> {
        if (connection != null) {
          setResult(connection);
        }
      });
    });
    getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, event -> form.cancel());
    setResultConverter(button -> null);
  }

  private static void showWhen(BooleanBinding condition, Node... nodes) {
    for (Node node : nodes) {
      node.visibleProperty().bind(condition);
      node.managedProperty().bind(condition);
    }
  }

  public ConnectForm form() {
    return form;
  }

  /** Shows the dialog over {@code owner} and waits; empty when the user cancelled. */
  public Optional<ServerConnection> ask(@Nullable Window owner) {
    if (owner != null && getOwner() == null) {
      initOwner(owner);
    }
    return showAndWait();
  }
}
