package dev.flowsmith.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.server.FlowDiff;
import dev.flowsmith.workspace.server.FlowState;
import dev.flowsmith.workspace.server.FlowStatus;
import dev.flowsmith.workspace.server.PushReport;
import dev.flowsmith.workspace.server.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Server view's view-model without a stage, against {@link FakeSyncServer}: states, pull,
 * diff, push with its dry-run confirmation, the force question on a conflict, and failures in
 * plain words. Work and UI steps run on the calling thread.
 */
class ServerViewModelTest {

  static final String GREETING = "5b0a0c8e-3d7c-4a0e-9d55-0f5b6e1c0a01";
  static final String INVOICE = "a6033017-9d19-4f15-b73d-d54679fcfc76";

  @TempDir Path tmp;
  private FakeSyncServer server;
  private Path workspace;
  private final Scripted questions = new Scripted();
  private final Set<String> pulled = new HashSet<>();
  private ServerViewModel vm;

  @BeforeEach
  void setUp() throws Exception {
    server = new FakeSyncServer();
    server.putFlow(Files.readString(Path.of("resources/examples/invoice-totals.json")));
    workspace = tmp.resolve("ws");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    Files.copy(Path.of("src/test/resources/onserver/greeting.json"), workspace.resolve("flows/greeting.json"));
    vm = new ServerViewModel(() -> workspace, questions, Runnable::run, Runnable::run);
    vm.setOnPulled(pulled::addAll);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private ServerConnection connect(String token) throws Exception {
    DirectusConnector connector = new DirectusConnector(new TokenStore(tmp.resolve("config")), () -> null);
    return connector.connect(new ConnectRequest(null, false, server.url().toString(), ConnectForm.Auth.TOKEN, token,
        "", "", false), () -> false);
  }

  private FlowState state(String id) {
    return vm.rows().stream().filter(row -> row.id().equals(id)).map(FlowStatus::state).findFirst().orElseThrow();
  }

  @Test
  void listsStatesThenPullsDiffsAndPushesUntilBothSidesAreTheSame() throws Exception {
    vm.connect(connect(FakeSyncServer.TOKEN)).get(30, TimeUnit.SECONDS);
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(state(GREETING)).isEqualTo(FlowState.ONLY_HERE);
    assertThat(state(INVOICE)).isEqualTo(FlowState.ONLY_THERE);
    assertThat(vm.messageProperty().get()).contains("2 flows", "1 only here", "1 only there");

    vm.pull(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    assertThat(pulled).containsExactly(INVOICE);
    assertThat(workspace.resolve("flows/recalculate-invoice-totals.json")).exists();
    assertThat(state(INVOICE)).isEqualTo(FlowState.SAME);
    assertThat(vm.messageProperty().get()).startsWith("Pulled 1 flow");

    vm.push(List.of(GREETING)).get(30, TimeUnit.SECONDS);
    assertThat(questions.previews).hasSize(1);
    assertThat(questions.previews.get(0).planned()).isNotEmpty();
    assertThat(server.flow(GREETING)).isNotNull();
    assertThat(state(GREETING)).isEqualTo(FlowState.SAME);
    assertThat(vm.messageProperty().get()).startsWith("Pushed:");

    server.editFlow(INVOICE, "description", JsonValue.of("changed in the Directus app"));
    vm.refresh().get(30, TimeUnit.SECONDS);
    assertThat(state(INVOICE)).isEqualTo(FlowState.CHANGED_THERE);
    vm.diff(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    assertThat(vm.diffs()).extracting(FlowDiff::id).containsExactly(INVOICE);
    List<DiffRow> rows = DiffRow.of(vm.diffs().get(0));
    assertThat(rows).anySatisfy(row -> {
      assertThat(row.where()).isEqualTo(DiffRow.FLOW);
      assertThat(row.field()).isEqualTo("description");
      assertThat(row.server()).isEqualTo("changed in the Directus app");
      assertThat(row.local()).startsWith("Button on an invoice");
      assertThat(row.change()).isEqualTo(DiffRow.Change.CHANGED);
    });
  }

  @Test
  void aConflictAsksBeforeForcingAndRefusingSendsNothing() throws Exception {
    vm.connect(connect(FakeSyncServer.TOKEN)).get(30, TimeUnit.SECONDS);
    vm.pull(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    Path file = workspace.resolve("flows/recalculate-invoice-totals.json");
    Files.writeString(file, Files.readString(file).replace("Recalculate invoice totals", "Totals (edited here)"));
    server.editFlow(INVOICE, "description", JsonValue.of("edited there"));
    vm.refresh().get(30, TimeUnit.SECONDS);
    assertThat(state(INVOICE)).isEqualTo(FlowState.CHANGED_BOTH);

    questions.force = false;
    int before = server.requests().size();
    vm.push(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    assertThat(questions.conflicts).extracting(FlowStatus::id).containsExactly(INVOICE);
    assertThat(questions.previews).isEmpty();
    assertThat(server.requests().subList(before, server.requests().size())).allMatch(r -> r.startsWith("GET"));
    assertThat(vm.messageProperty().get()).contains("Push cancelled", "changed on the server");

    questions.force = true;
    vm.push(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    assertThat(questions.forcedPreview).isTrue();
    assertThat(server.flow(INVOICE).string("name")).contains("Totals (edited here)");
    assertThat(state(INVOICE)).isEqualTo(FlowState.SAME);
  }

  @Test
  void pullAsksBeforeOverwritingWorkspaceEdits() throws Exception {
    vm.connect(connect(FakeSyncServer.TOKEN)).get(30, TimeUnit.SECONDS);
    vm.pull(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    Path file = workspace.resolve("flows/recalculate-invoice-totals.json");
    String edited = Files.readString(file).replace("Recalculate invoice totals", "Mine");
    Files.writeString(file, edited);
    vm.refresh().get(30, TimeUnit.SECONDS);
    pulled.clear();
    questions.overwrite = false;
    vm.pull(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    assertThat(questions.edited).extracting(FlowStatus::id).containsExactly(INVOICE);
    assertThat(Files.readString(file)).isEqualTo(edited);
    assertThat(pulled).isEmpty();
    questions.overwrite = true;
    vm.pull(List.of(INVOICE)).get(30, TimeUnit.SECONDS);
    assertThat(Files.readString(file)).contains("Recalculate invoice totals");
    assertThat(pulled).containsExactly(INVOICE);
  }

  @Test
  void failuresAreShownInPlainWords() throws Exception {
    ServerConnection good = connect(FakeSyncServer.TOKEN);
    server.forbidFlows(true);
    vm.connect(good).get(30, TimeUnit.SECONDS);
    assertThat(vm.errorProperty().get()).contains("(403)", "may not");
    assertThat(vm.busyProperty().get()).isFalse();

    server.forbidFlows(false);
    server.close();
    vm.refresh().get(30, TimeUnit.SECONDS);
    assertThat(vm.errorProperty().get()).contains("does not answer");
  }

  @Test
  void connectingNamesABadTokenAndAServerThatIsTooOld() throws Exception {
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> connect("wrong"),
        dev.flowsmith.workspace.server.DirectusCallException.class).plainMessage()).contains("(401)");
    server.version("9.26.0");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> connect(FakeSyncServer.TOKEN),
        dev.flowsmith.workspace.server.DirectusCallException.class).plainMessage()).contains("9.26.0", "10");
  }

  @Test
  void cancellingAReadStopsItAndSaysSo() throws Exception {
    ServerConnection good = connect(FakeSyncServer.TOKEN);
    server.delayReadsMillis(3000);
    var background = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      vm = new ServerViewModel(() -> workspace, questions, background, Runnable::run);
      var going = vm.connect(good);
      Thread.sleep(300);
      assertThat(vm.busyProperty().get()).isTrue();
      vm.cancel();
      going.get(10, TimeUnit.SECONDS);
      assertThat(vm.errorProperty().get()).contains("cancelled");
      assertThat(vm.busyProperty().get()).isFalse();
    } finally {
      background.shutdownNow();
    }
  }

  /** Answers as a test tells it to, and keeps what it was asked. */
  static final class Scripted implements ServerQuestions {
    boolean overwrite = true;
    boolean force = true;
    boolean push = true;
    boolean forcedPreview;
    final List<FlowStatus> edited = new ArrayList<>();
    final List<FlowStatus> conflicts = new ArrayList<>();
    final List<PushReport> previews = new ArrayList<>();
    final List<String> reports = new ArrayList<>();

    @Override
    public boolean overwriteLocalEdits(List<FlowStatus> flows) {
      edited.addAll(flows);
      return overwrite;
    }

    @Override
    public boolean forcePush(List<FlowStatus> flows) {
      conflicts.addAll(flows);
      return force;
    }

    @Override
    public boolean confirmPush(PushReport preview, boolean forced) {
      previews.add(preview);
      forcedPreview = forced;
      return push;
    }

    @Override
    public void report(String title, String message) {
      reports.add(title + ": " + message);
    }
  }
}
