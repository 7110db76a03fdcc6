package dev.flowsmith.app.server;

import static dev.flowsmith.app.ScreenshotTool.onFx;
import static dev.flowsmith.app.ScreenshotTool.settle;

import dev.flowsmith.app.AppConfig;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.ScreenshotTool;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.server.TokenStore;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Writes docs/screenshots/server-view-WxH.png and connect-dialog-WxH.png at 1366×768 and
 * 1920×1080: the main window's Server tab against an in-process fake with flows in each state and
 * a diff open, and the Connect dialog over the window. Run like {@link ScreenshotTool} (headless
 * Monocle): {@code ServerScreenshotTool <out dir> [WIDTH HEIGHT]}.
 */
public final class ServerScreenshotTool {

  private static final String EMAIL = "0646c641-b545-440f-a045-0b91e4bab5aa";

  private ServerScreenshotTool() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
    Path tmp = Files.createTempDirectory("flowsmith-server-shots");
    System.setProperty(AppConfig.DIR_PROPERTY, tmp.resolve("config").toString());
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await(30, TimeUnit.SECONDS);
    try (FakeSyncServer server = new FakeSyncServer()) {
      // one size per run: {@code <out dir> [WIDTH HEIGHT]}, 1366×768 by default
      int width = args.length > 2 ? Integer.parseInt(args[1]) : 1366;
      int height = args.length > 2 ? Integer.parseInt(args[2]) : 768;
      shoot(server, tmp.resolve("ws"), width, height, out);
    }
    Platform.exit();
  }

  private static void shoot(FakeSyncServer server, Path workspace, int width, int height, Path out) throws Exception {
    Path examples = Path.of("resources/examples");
    for (String name : List.of("invoice-totals", "email-on-publish", "scheduled-cleanup")) {
      server.putFlow(Files.readString(examples.resolve(name + ".json")));
    }
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{\"servers\": {\"staging\": {\"url\": \""
        + server.url() + "\"}}}");
    Files.copy(examples.resolve("webhook-with-error-branch.json"), workspace.resolve("flows/webhook.json"));
    Files.copy(Path.of("src/test/resources/onserver/greeting.json"), workspace.resolve("flows/greeting.json"));
    MainWindow window = onFx(() -> {
      Stage stage = new Stage();
      MainWindow created = FlowsmithApp.createWindow(stage, workspace.resolveSibling("config-" + width), null);
      stage.setWidth(width);
      stage.setHeight(height);
      created.show();
      return created;
    });
    Platform.runLater(() -> window.viewModel().openWorkspace(workspace));
    settle();
    ServerViewModel vm = window.serverViewModel();
    DirectusConnector connector = new DirectusConnector(new TokenStore(workspace.resolveSibling("tokens")),
        () -> null);
    ServerConnection connection = connector.connect(new ConnectRequest("staging", false, server.url().toString(),
        ConnectForm.Auth.TOKEN, FakeSyncServer.TOKEN, "", "", false), () -> false);
    onFx(() -> vm.connect(connection)).get(30, TimeUnit.SECONDS);
    onFx(() -> vm.pull(List.of(ServerViewModelTest.INVOICE, EMAIL))).get(30, TimeUnit.SECONDS);
    settle();
    server.editFlow(EMAIL, "description", JsonValue.of("Mails the author when a post is published (edited "
        + "in the Directus app)"));
    Path invoice = workspace.resolve("flows/recalculate-invoice-totals.json");
    Files.writeString(invoice, Files.readString(invoice).replace("\"Recalculate invoice totals\"",
        "\"Recalculate invoice totals and tax\""));
    onFx(() -> {
      window.viewModel().reloadWorkspace(java.util.Set.of());
      return null;
    });
    onFx(vm::refresh).get(30, TimeUnit.SECONDS);
    onFx(() -> vm.diff(List.of(ServerViewModelTest.INVOICE))).get(30, TimeUnit.SECONDS);
    onFx(() -> {
      window.bottomTabs().getSelectionModel().select(window.bottomTabs().getTabs().stream()
          .filter(tab -> "server-tab".equals(tab.getId())).findFirst().orElseThrow());
      Node node = window.bottomTabs();
      while (node != null && !(node instanceof SplitPane)) {
        node = node.getParent();
      }
      if (node instanceof SplitPane centre) {
        centre.setDividerPositions(0.3);
      }
      window.serverView().table().getSelectionModel().select(0);
      return null;
    });
    settle();
    String suffix = "-" + width + "x" + height + ".png";
    BufferedImage main = ScreenshotTool.toImage(onFx(() -> window.scene().snapshot(null)));
    ScreenshotTool.writePng(main, out.resolve("server-view" + suffix));

    ConnectForm form = new ConnectForm(java.util.Map.of("staging", server.url().toString()), connector,
        Runnable::run, Platform::runLater);
    ConnectDialog dialog = onFx(() -> {
      ConnectDialog shown = new ConnectDialog(form, true);
      shown.initOwner(window.scene().getWindow());
      form.serverProperty().set(ConnectForm.OTHER_URL);
      form.urlProperty().set("https://cms.example.com");
      form.saveAsProperty().set("production");
      shown.show();
      return shown;
    });
    settle();
    BufferedImage box = ScreenshotTool.toImage(onFx(() -> dialog.getDialogPane().getScene().snapshot(null)));
    onFx(() -> {
      dialog.close();
      return null;
    });
    BufferedImage composed = new BufferedImage(main.getWidth(), main.getHeight(), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = composed.createGraphics();
    g.drawImage(main, 0, 0, null);
    g.setColor(new java.awt.Color(0, 0, 0, 90));
    g.fillRect(0, 0, main.getWidth(), main.getHeight());
    g.drawImage(box, (main.getWidth() - box.getWidth()) / 2, Math.max(0, (main.getHeight() - box.getHeight()) / 2),
        null);
    g.dispose();
    ScreenshotTool.writePng(composed, out.resolve("connect-dialog" + suffix));
    System.out.println("wrote server-view" + suffix + " and connect-dialog" + suffix + " (dialog " + box.getWidth()
        + "×" + box.getHeight() + ")");
    onFx(() -> {
      window.runtime().close();
      ((Stage) window.scene().getWindow()).close();
      return null;
    });
  }
}
