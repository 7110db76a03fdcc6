package dev.flowsmith.workspace.history;

import static dev.flowsmith.workspace.TestWorkspace.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogStoreTest {

  private static final Instant T = Instant.parse("2026-02-03T04:05:06.007Z");

  @TempDir
  Path dir;

  @Test
  void runsAreFilesNamedByStartTimeAndListNewestFirst() throws Exception {
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.create(dir))) {
      store.add(HistoryFixtures.run("old", T, "1", "resolve"), true);
      store.add(HistoryFixtures.run("new", T.plusSeconds(60), "2", "reject"), false);
      store.add(HistoryFixtures.run("mid", T.plusMillis(1), "3", "resolve"), true);

      List<RunLogStore.Entry> entries = store.list("flow-1");

      assertThat(entries).extracting(RunLogStore.Entry::runId).containsExactly("new", "mid", "old");
      assertThat(dir.resolve("runs/flow-1/20260203T040506007Z-old.json")).exists();
      RunLogStore.Entry newest = entries.get(0);
      assertThat(newest.status()).isEqualTo("reject");
      assertThat(newest.tracked()).isFalse();
      assertThat(newest.stepCount()).isEqualTo(2);
      assertThat(newest.source()).isEqualTo("webhook");
      assertThat(store.load(newest)).isEqualTo(HistoryFixtures.run("new", T.plusSeconds(60), "2", "reject"));
      assertThat(store.list("another-flow")).isEmpty();
    }
  }

  @Test
  void theHistorySurvivesReopeningAndSkipsDamagedFiles() throws Exception {
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.create(dir))) {
      store.add(HistoryFixtures.run("r1", T, "1", "resolve"), true);
      store.add(HistoryFixtures.run("r2", T.plusSeconds(1), "1", "resolve"), true);
    }
    Files.writeString(dir.resolve("runs/flow-1/20990101T000000000Z-broken.json"), "{not json");

    try (RunLogStore reopened = new RunLogStore(WorkspaceFolder.open(dir))) {
      assertThat(reopened.list("flow-1")).extracting(RunLogStore.Entry::runId).containsExactly("r2", "r1");
      assertThat(reopened.load(reopened.list("flow-1").get(1)).steps()).hasSize(2);
    }
  }

  @Test
  void theWorkspaceSettingCapsEveryFlowOnAdd() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    folder.saveSetting(RunLogStore.LIMIT_SETTING, JsonValue.of(3));
    try (RunLogStore store = new RunLogStore(folder)) {
      assertThat(store.limit()).isEqualTo(3);
      for (int i = 0; i < 5; i++) {
        store.add(HistoryFixtures.run("r" + i, T.plusSeconds(i), "1", "resolve"), true);
      }
      assertThat(store.list("flow-1")).extracting(RunLogStore.Entry::runId).containsExactly("r4", "r3", "r2");
      try (var files = Files.list(dir.resolve("runs/flow-1"))) {
        assertThat(files.count()).isEqualTo(3);
      }
    }
  }

  @Test
  void aGroupOfRunsLeavesWhatAddingThemOneByOneLeaves() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    folder.saveSetting(RunLogStore.LIMIT_SETTING, JsonValue.of(3));
    try (RunLogStore store = new RunLogStore(folder)) {
      store.add(HistoryFixtures.run("before", T.minusSeconds(10), "1", "resolve"), true);
      List<String> announced = new ArrayList<>();
      store.addListener(announced::add);
      List<RunLogStore.Pending> group = new ArrayList<>();
      for (int i = 4; i >= 0; i--) { // out of order: the newest by start time are kept, not the last given
        group.add(new RunLogStore.Pending(HistoryFixtures.run("r" + i, T.plusSeconds(i), "1", "resolve"), i != 3));
      }
      RunRecord other = HistoryFixtures.run("other", T, "1", "reject");
      group.add(new RunLogStore.Pending(new RunRecord(other.runId(), "flow-2", other.source(), other.startedAt(),
          other.durationMicros(), other.status(), other.steps(), other.data()), true));

      int written = store.addAll(group);

      assertThat(written).isEqualTo(4); // three of flow-1 (r0, r1 were older than it keeps), one of the other
      assertThat(store.list("flow-1")).extracting(RunLogStore.Entry::runId).containsExactly("r4", "r3", "r2");
      assertThat(store.list("flow-1").get(1).tracked()).isFalse();
      try (var files = Files.list(dir.resolve("runs/flow-1"))) {
        assertThat(files.count()).isEqualTo(3);
      }
      assertThat(announced).containsExactly("flow-1", "flow-2");
      assertThat(store.list("flow-2")).extracting(RunLogStore.Entry::runId).containsExactly("other");
    }
    try (RunLogStore reopened = new RunLogStore(WorkspaceFolder.open(dir))) {
      assertThat(reopened.load(reopened.list("flow-1").get(0)))
          .isEqualTo(HistoryFixtures.run("r4", T.plusSeconds(4), "1", "resolve"));
    }
  }

  @Test
  void theDefaultCapIsAHundred() throws Exception {
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.create(dir))) {
      assertThat(store.limit()).isEqualTo(RunLogStore.DEFAULT_LIMIT).isEqualTo(100);
    }
  }

  @Test
  void deletePruneAndClearTellListeners() throws Exception {
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.create(dir))) {
      List<String> changes = new ArrayList<>();
      Runnable stop = store.addListener(changes::add);
      for (int i = 0; i < 4; i++) {
        store.add(HistoryFixtures.run("r" + i, T.plusSeconds(i), "1", "resolve"), true);
      }

      store.delete(store.list("flow-1").get(1));
      assertThat(store.list("flow-1")).extracting(RunLogStore.Entry::runId).containsExactly("r3", "r1", "r0");
      store.prune("flow-1", 2);
      assertThat(store.list("flow-1")).extracting(RunLogStore.Entry::runId).containsExactly("r3", "r1");
      store.clear("flow-1");
      assertThat(store.list("flow-1")).isEmpty();
      assertThat(changes).hasSize(7).containsOnly("flow-1");
      stop.run();
      store.add(HistoryFixtures.run("r9", T, "1", "resolve"), true);
      assertThat(changes).hasSize(7);
    }
  }

  @Test
  void idsThatAreNotFileNamesAreMadeSafe() {
    assertThat(RunLogStore.safe("../etc/passwd")).isEqualTo("_.._etc_passwd");
    assertThat(RunLogStore.fileName(T, "directus-12")).isEqualTo("20260203T040506007Z-directus-12.json");
  }

  @Test
  void attachedToARuntimeItStoresAShippedExampleRunWithItsTriggerAsSource() throws Exception {
    WorkspaceFolder.create(dir);
    Files.copy(HistoryFixtures.EXAMPLES.resolve("invoice-totals.json"), dir.resolve("flows/invoice-totals.json"));
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder).build();
        RunLogStore store = new RunLogStore(folder)) {
      Runnable detach = store.attach(runtime);
      var flow = runtime.flows().get(0);

      String runId = runtime.launch(flow, JsValue.NULL, JsValue.NULL).runId();
      store.flush();

      List<RunLogStore.Entry> entries = store.list(flow.id());
      assertThat(entries).singleElement().satisfies(entry -> {
        assertThat(entry.runId()).isEqualTo(runId);
        assertThat(entry.source()).isEqualTo("manual");
        assertThat(entry.tracked()).isTrue();
        assertThat(entry.file()).exists().hasParent(dir.resolve("runs").resolve(flow.id()));
      });
      assertThat(store.load(entries.get(0)).steps()).isNotEmpty();

      store.launchAs("app", () -> runtime.launch(flow, JsValue.NULL, JsValue.NULL));
      store.flush();
      assertThat(store.list(flow.id())).extracting(RunLogStore.Entry::source).containsExactly("app", "manual");

      detach.run();
      var unrecorded = runtime.launch(flow, JsValue.NULL, JsValue.NULL);
      store.flush();
      assertThat(store.list(flow.id())).hasSize(2);

      store.storeAs(unrecorded, "cli");
      store.flush();
      assertThat(store.list(flow.id())).extracting(RunLogStore.Entry::source).containsExactly("cli", "app", "manual");
    }
  }

  @Test
  void subFlowRunsAreStoredAsStartedByAFlowAndUntrackedFlowsAreMarked() throws Exception {
    new TestWorkspace(dir).flow("parent", "active", "webhook", "{}",
            op("call", "trigger", "{\"flow\":\"child\",\"payload\":{\"n\":1}}", null, null))
        .write("child", "{\"id\":\"child\",\"name\":\"Child\",\"status\":\"active\",\"trigger\":\"operation\","
            + "\"accountability\":null,\"options\":{},\"operation\":\"t\",\"operations\":["
            + op("t", "transform", "{\"json\":\"{{$trigger.n}}\"}", null, null) + "]}");
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder).build();
        RunLogStore store = new RunLogStore(folder)) {
      store.attach(runtime);

      String parentRun = runtime.launch(runtime.flow("parent").orElseThrow(), JsValue.NULL, JsValue.NULL).runId();
      store.flush();

      assertThat(store.list("parent")).singleElement().satisfies(entry -> {
        assertThat(entry.runId()).isEqualTo(parentRun);
        assertThat(entry.source()).isEqualTo("webhook");
        assertThat(entry.tracked()).isTrue();
      });
      assertThat(store.list("child")).singleElement().satisfies(entry -> {
        assertThat(entry.source()).isEqualTo("flow");
        assertThat(entry.tracked()).isFalse();
      });
    }
  }

  /** engine.md §8.2: a file an older Flowsmith wrote with secrets in clear is masked on disk once listed. */
  @Test
  void aFileWithSecretsInClearIsRewrittenMasked() throws Exception {
    WorkspaceFolder.create(dir);
    Path file = dir.resolve("runs/flow-1/20260203T040506007Z-clear.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        {"steps": [{"operation": "o1", "key": "shape", "status": "resolve", "options": {"k": "s3cr3t-env"}}],
         "data": {"$trigger": {"headers": {"authorization": "Bearer clear-token", "accept": "*/*"}},
                  "$last": null, "$accountability": null, "$env": {"API_KEY": "s3cr3t-env"},
                  "shape": {"k": "s3cr3t-env"}},
         "flowsmith": {"runId": "clear", "flowId": "flow-1", "source": "webhook",
                       "startedAt": "2026-02-03T04:05:06.007Z", "durationMicros": 5, "status": "resolve",
                       "tracked": true, "steps": [{"type": "transform", "durationMicros": 3}]}}
        """);

    try (RunLogStore store = new RunLogStore(WorkspaceFolder.open(dir))) {
      assertThat(store.list("flow-1")).extracting(RunLogStore.Entry::runId).containsExactly("clear");
      String rewritten = Files.readString(file);
      assertThat(rewritten).doesNotContain("clear-token", "s3cr3t-env")
          .contains("\"authorization\": \"--redacted--\"", "\"k\": \"--redacted:API_KEY--\"", "\"accept\": \"*/*\"");
      assertThat(store.load(store.list("flow-1").get(0)).steps().get(0).type()).isEqualTo("transform");

      // a file already masked is left as it is
      String once = Files.readString(file);
      try (RunLogStore again = new RunLogStore(WorkspaceFolder.open(dir))) {
        again.list("flow-1");
      }
      assertThat(Files.readString(file)).isEqualTo(once);
    }
  }
}
