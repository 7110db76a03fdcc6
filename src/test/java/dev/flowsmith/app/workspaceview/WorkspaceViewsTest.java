package dev.flowsmith.app.workspaceview;

import static dev.flowsmith.workspace.TestWorkspace.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.runtime.ConsoleLog;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.workspace.ItemImport;
import dev.flowsmith.workspace.SqliteItemStore;
import dev.flowsmith.workspace.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace tabs over a workspace built as the CLI builds one (schema apply + items import),
 * with the shipped publish-mail flow, a filter flow that refuses new articles and an action flow
 * that logs and notifies on delete.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceViewsTest {

  static final String ADA = "5f8b3c2a-1d4e-4a6b-9c7d-2e1f0a9b8c71";
  static final String VETO = "New articles need an editor's review";

  @TempDir
  static Path tmp;
  private AppRuntime app;
  private WorkspaceViews views;

  @Start
  void start(Stage stage) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "ws");
    TestWorkspace ws = new TestWorkspace(dir);
    ws.write("publish", Files.readString(Examples.path(Examples.EMAIL_ON_PUBLISH)));
    ws.flow("guard", "active", "event", "{\"type\":\"filter\",\"scope\":[\"items.create\"],\"collections\":[\"articles\"]}",
        op("refuse", "throw-error", "{\"code\":\"REVIEW\",\"status\":400,\"message\":\"" + VETO + "\"}", null, null));
    ws.flow("on-delete", "active", "event", "{\"type\":\"action\",\"scope\":[\"items.delete\"],\"collections\":[\"articles\"]}",
        op("say", "log", "{\"message\":\"deleted {{$trigger.keys}}\"}", "tell", null),
        op("tell", "notification", "{\"recipient\":[\"" + ADA + "\"],\"subject\":\"Article deleted\","
            + "\"message\":\"{{$trigger.keys}}\"}", null, null));
    Path examples = Examples.path("schema-snapshot.json").getParent();
    try (SqliteItemStore store = SqliteItemStore.apply(dir.resolve(SqliteItemStore.FILE_NAME),
        ItemStoreLoader.readSchema(examples.resolve("schema-snapshot.json")), UnaryOperator.identity())) {
      ItemImport.importFile(store, examples.resolve("seed-items.json"), null);
    }
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    app = new AppRuntime(new SimpleObjectProperty<>(folder), tmp.resolve("scratch"), new ConsoleLog(Clock.systemUTC()));
    views = new WorkspaceViews(app);
    javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    Scene scene = new Scene(views, 1000, 700);
    scene.getStylesheets().add(dev.flowsmith.app.view.MainWindow.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> {
      views.close();
      app.close();
    });
  }

  @Test
  void editsInTheDataViewFireEventFlowsAndTheirMailLogAndNotificationShow(FxRobot robot) throws Exception {
    ListView<String> collections = robot.lookup("#data-collections").queryListView();
    waitFor(() -> collections.getItems().contains("articles"));
    robot.interact(() -> collections.getSelectionModel().select("articles"));
    TableView<JsObject> table = robot.lookup("#data-table").queryTableView();
    waitFor(() -> table.getItems().size() == 7);
    assertThat(table.getColumns().get(0).getText()).isEqualTo("id");
    assertThat(table.getItems()).extracting(row -> row.get("title"))
        .contains(JsValue.of("Hello Flows"), JsValue.of("Webhooks 101 (old draft)"));

    // publish article 3 through the row editor: the event flow mails its author
    selectRow(robot, table, 3);
    robot.clickOn("#data-edit");
    TextArea editor = robot.lookup("#data-editor-text").queryAs(TextArea.class);
    assertThat(editor.getText()).contains("\"status\": \"draft\"");
    robot.interact(() -> editor.setText(editor.getText().replace("\"status\": \"draft\"", "\"status\": \"published\"")));
    robot.clickOn("#data-save");
    waitFor(() -> row(table, 3) != null && JsValue.of("published").equals(row(table, 3).get("status")));
    robot.interact(() -> views.getSelectionModel().select(1));
    OutboxView outbox = robot.lookup("#outbox-view").queryAs(OutboxView.class);
    waitFor(() -> outbox.subjects().contains("Your article \"Webhooks 101 (old draft)\" is now live"));
    ListView<?> mails = robot.lookup("#outbox-list").queryListView();
    robot.interact(() -> mails.getSelectionModel().select(0));
    TextArea body = robot.lookup("#outbox-body").queryAs(TextArea.class);
    assertThat(body.getText()).contains("Your article Webhooks 101 (old draft) has just been published.")
        .doesNotContain("<p>");
    robot.clickOn("#outbox-source");
    assertThat(body.getText()).contains("<strong>Webhooks 101 (old draft)</strong>");

    // a filter flow refuses new articles: its message shows and the table stays as it was
    robot.interact(() -> views.getSelectionModel().select(0));
    robot.clickOn("#data-add");
    assertThat(editor.getText()).contains("\"title\"").doesNotContain("\"id\"");
    robot.interact(() -> editor.setText("{\"title\": \"Blocked\", \"status\": \"draft\"}"));
    robot.clickOn("#data-save");
    Label error = robot.lookup("#data-error").queryAs(Label.class);
    waitFor(() -> error.getText().contains(VETO));
    assertThat(error.isVisible()).isTrue();
    assertThat(table.getItems()).hasSize(7);

    // deleting a row removes it; the delete action flow logs and notifies
    selectRow(robot, table, 6);
    robot.clickOn("#data-delete");
    waitFor(() -> table.getItems().size() == 6 && row(table, 6) == null);
    assertThat(error.getText()).isEmpty();
    waitFor(() -> app.console().lines().stream().anyMatch(line -> line.message().equals("deleted [6]")));
    robot.interact(() -> views.getSelectionModel().select(3));
    TableView<?> console = robot.lookup("#console-table").queryTableView();
    assertThat(console.getItems()).isNotEmpty();
    ConsoleView consoleView = robot.lookup("#console-view").queryAs(ConsoleView.class);
    assertThat(consoleView.text()).contains("say  deleted [6]");
    robot.interact(() -> views.getSelectionModel().select(2));
    NotificationsView notifications = robot.lookup("#notifications-view").queryAs(NotificationsView.class);
    waitFor(() -> notifications.subjects().equals(List.of("Article deleted")));
  }

  @Test
  void theLiveTriggersTabSwitchesItemEventsAndAWorkspaceChangeRebinds(FxRobot robot) throws Exception {
    robot.interact(() -> views.getSelectionModel().select(4));
    waitFor(() -> views.liveTriggers() != null);
    LiveTriggers first = views.liveTriggers();
    robot.clickOn("#live-events-switch");
    waitFor(() -> !app.runtimeProperty().get().itemEventsOn());
    assertThat(first.itemEventsOnProperty().get()).isFalse();

    robot.interact(() -> app.close()); // what a workspace change does: the runtime closes
    waitFor(() -> app.runtimeProperty().get() != null && views.liveTriggers() != first);
    assertThat(robot.lookup("#live-triggers").tryQuery()).isPresent();
    assertThat(robot.lookup("#data-view").tryQuery()).isPresent();
  }

  @Test
  void aStoppedWebhookServerIsShownMutedNotGreen(FxRobot robot) throws Exception {
    robot.interact(() -> views.getSelectionModel().select(4));
    waitFor(() -> views.liveTriggers() != null);
    LiveTriggers live = views.liveTriggers();
    if (live.webhookOnProperty().get()) {
      robot.clickOn("#live-webhook-switch");
      waitFor(() -> !live.webhookOnProperty().get());
    }
    Label status = robot.lookup("#live-webhook-status").queryAs(Label.class);
    Label hint = robot.lookup(".live-hint").queryAs(Label.class);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("running"));
    assertThat(status.getTextFill()).isEqualTo(hint.getTextFill());

    robot.clickOn("#live-webhook-switch");
    waitFor(() -> live.webhookOnProperty().get() || live.webhookErrorProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status.getTextFill()).isNotEqualTo(hint.getTextFill());
    robot.clickOn("#live-webhook-switch");
    waitFor(() -> !live.webhookOnProperty().get());
  }

  @Test
  void theDataTabCreatesACollectionAndImportsItemsIntoIt(FxRobot robot) throws Exception {
    robot.interact(() -> views.getSelectionModel().select(0));
    ListView<String> before = robot.lookup("#data-collections").queryListView();
    waitFor(() -> before.getItems().contains("articles"));

    robot.clickOn("#data-new-collection");
    waitFor(() -> robot.lookup("#data-new-collection-dialog").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#data-new-name").queryAs(javafx.scene.control.TextField.class)
        .setText("Bad Name"));
    robot.clickOn("#data-new-collection-dialog-ok");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#data-new-collection-dialog-error").queryAs(Label.class).getText())
        .contains("not a collection name");
    robot.interact(() -> {
      robot.lookup("#data-new-name").queryAs(javafx.scene.control.TextField.class).setText("registry_posts");
      robot.lookup("#data-new-fields").queryAs(TextArea.class).setText("title string\nviews integer");
    });
    robot.clickOn("#data-new-collection-dialog-ok");
    waitFor(() -> robot.lookup("#data-new-collection-dialog").tryQuery().isEmpty());
    waitFor(() -> robot.lookup("#data-collections").queryListView().getItems().contains("registry_posts"));
    ListView<String> after = robot.lookup("#data-collections").queryListView();
    waitFor(() -> "registry_posts".equals(after.getSelectionModel().getSelectedItem()));
    assertThat(after.getItems()).contains("articles", "invoices", "directus_users");

    Path items = tmp.resolve("registry-posts.json");
    Files.writeString(items, "[{\"title\":\"a\",\"views\":1},{\"title\":\"b\",\"views\":2}]");
    robot.clickOn("#data-import");
    waitFor(() -> robot.lookup("#data-import-dialog").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#data-import-file").queryAs(javafx.scene.control.TextField.class)
        .setText(items.toString()));
    robot.clickOn("#data-import-dialog-ok");
    waitFor(() -> robot.lookup("#data-import-dialog").tryQuery().isEmpty());
    waitFor(() -> {
      TableView<JsObject> table = robot.lookup("#data-table").queryTableView();
      return table.getItems().size() == 2;
    });
  }

  private static void selectRow(FxRobot robot, TableView<JsObject> table, int id) {
    robot.interact(() -> {
      table.getSelectionModel().clearSelection();
      table.getSelectionModel().select(row(table, id));
    });
  }

  private static JsObject row(TableView<JsObject> table, int id) {
    return table.getItems().stream().filter(r -> JsValue.of(id).equals(r.get("id"))).findFirst().orElse(null);
  }

  private static void waitFor(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
  }
}
