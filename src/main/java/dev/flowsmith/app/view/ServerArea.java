package dev.flowsmith.app.view;

import dev.flowsmith.app.server.ConnectDialog;
import dev.flowsmith.app.server.ConnectForm;
import dev.flowsmith.app.server.DirectusConnector;
import dev.flowsmith.app.server.ServerConnection;
import dev.flowsmith.app.server.ServerConnector;
import dev.flowsmith.app.server.ServerView;
import dev.flowsmith.app.server.ServerViewModel;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.TokenStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * File › Connect to Directus… and the Server tab: one connection for the window, used by the
 * Server view and by Run › Run on Server. Network work runs on a thread of its own; after a pull
 * the workspace is read again and an open flow the pull changed is reloaded (asking first when it
 * has unsaved edits). A push saves (or asks about) the open flow's edits first.
 */
final class ServerArea implements AutoCloseable {

  private final MainViewModel main;
  private final Window owner;
  private final ServerConnector connector;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "flowsmith-server");
    thread.setDaemon(true);
    return thread;
  });
  private final ServerViewModel serverVm;
  private final ServerView view;
  private final Tab tab;
  private @Nullable ConnectDialog openDialog;

  ServerArea(MainViewModel main, Path configDir, Window owner) {
    this.main = main;
    this.owner = owner;
    this.connector = new DirectusConnector(new TokenStore(configDir), () -> main.workspaceProperty().get());
    this.serverVm = new ServerViewModel(() -> {
      WorkspaceFolder ws = main.workspaceProperty().get();
      return ws == null ? null : ws.root();
    }, new FxServerQuestions(owner), worker, Platform::runLater);
    serverVm.setOnPulled(main::reloadWorkspace);
    serverVm.setBeforePush(main::confirmLeave);
    this.view = new ServerView(serverVm, () -> connect());
    this.tab = new Tab("Server", view);
    tab.setId("server-tab");
    // another workspace: its flows against the same server
    main.workspaceProperty().addListener((obs, old, now) -> {
      if (serverVm.connectionProperty().get() != null && now != null && (old == null
          || !old.root().equals(now.root()))) {
        serverVm.refresh();
      }
    });
  }

  /**
   * Shows the Connect dialog; on success the Server tab lists the server's flows.
   *
   * @return the new connection, empty when the user cancelled
   */
  Optional<ServerConnection> connect() {
    WorkspaceFolder ws = main.workspaceProperty().get();
    ConnectForm form = new ConnectForm(namedServers(ws), connector, worker, Platform::runLater);
    ServerConnection current = serverVm.connectionProperty().get();
    if (current != null && current.name() != null && form.serverChoices().contains(current.name())) {
      form.serverProperty().set(current.name());
    } else if (current != null) {
      form.serverProperty().set(ConnectForm.OTHER_URL);
      form.urlProperty().set(current.url().toString());
    }
    ConnectDialog dialog = new ConnectDialog(form, ws != null);
    openDialog = dialog;
    Optional<ServerConnection> connected;
    try {
      connected = dialog.ask(owner);
    } finally {
      openDialog = null;
    }
    connected.ifPresent(connection -> {
      serverVm.connect(connection);
      if (tab.getTabPane() != null) {
        tab.getTabPane().getSelectionModel().select(tab);
      }
    });
    return connected;
  }

  /** The connected server, or the Connect dialog's answer when there is none yet. */
  Optional<ServerConnection> connection() {
    ServerConnection current = serverVm.connectionProperty().get();
    return current != null ? Optional.of(current) : connect();
  }

  /** workspace.json's {@code servers: {NAME: {url}}}, in order. */
  static Map<String, String> namedServers(@Nullable WorkspaceFolder ws) {
    Map<String, String> named = new LinkedHashMap<>();
    if (ws != null && ws.settings().get("servers").orElse(JsonValue.NULL) instanceof JsonObject servers) {
      servers.members().forEach((name, entry) -> {
        if (entry instanceof JsonObject object) {
          object.string("url").ifPresent(url -> named.put(name, url));
        }
      });
    }
    return named;
  }

  Tab tab() {
    return tab;
  }

  ServerViewModel viewModel() {
    return serverVm;
  }

  ServerView view() {
    return view;
  }

  /** The Connect dialog while it is showing (tests drive it). */
  @Nullable ConnectDialog openDialog() {
    return openDialog;
  }

  @Override
  public void close() {
    serverVm.cancel();
    worker.shutdown();
  }
}
