package dev.flowsmith.workspace.history;

import static dev.flowsmith.workspace.TestWorkspace.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's run history: per flow only its newest runs wait for the writer; closing writes them. */
class BoundedRunLogTest {

  @TempDir
  Path dir;

  private Flow workspaceKeepingThree() throws Exception {
    new TestWorkspace(dir).flow("hello", "active", "webhook", "{}", op("t", "transform", "{\"json\":{\"a\":1}}", null, null));
    WorkspaceFolder.open(dir).saveSetting(RunLogStore.LIMIT_SETTING, JsonValue.of(3));
    return WorkspaceFolder.open(dir).flows().get(0);
  }

  @Test
  void theFolderHoldsTheNewestRunsAsAddingThemOneByOneWould() throws Exception {
    Flow flow = workspaceKeepingThree();
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    List<String> launched = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder).build();
        RunLogStore store = new RunLogStore(folder)) {
      try (BoundedRunLog log = new BoundedRunLog(runtime, store, true, problems::add)) {
        for (int i = 0; i < 10; i++) {
          launched.add(runtime.launch(flow, JsValue.NULL, JsValue.NULL).runId());
          Thread.sleep(2); // a new millisecond each: the file order is the launch order
        }
      }
      assertThat(store.list(flow.id())).extracting(RunLogStore.Entry::runId)
          .containsExactly(launched.get(9), launched.get(8), launched.get(7));
      assertThat(store.list(flow.id())).allSatisfy(entry -> assertThat(entry.source()).isEqualTo("webhook"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void runsFasterThanTheDiskAreNeverRefusedAndOnlyTheLimitIsWritten() throws Exception {
    Flow flow = workspaceKeepingThree();
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    List<String> problems = new ArrayList<>();
    ConcurrentLinkedQueue<String> changes = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder).build();
        RunLogStore store = new RunLogStore(folder)) {
      store.addListener(changes::add);
      try (BoundedRunLog log = new BoundedRunLog(runtime, store, true, problems::add)) {
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
          done.add(clients.submit(() -> {
            for (int i = 0; i < 2_500; i++) {
              runtime.launch(flow, JsValue.NULL, JsValue.NULL);
            }
            return null;
          }));
        }
        for (Future<?> client : done) {
          client.get();
        }
      }
      assertThat(store.list(flow.id())).hasSize(3);
      // 10,000 runs, a few groups of at most three files each: nowhere near a write per run
      assertThat(changes).hasSizeLessThan(1_000);
    } finally {
      clients.shutdownNow();
    }
    assertThat(problems).as("no run was refused or failed to be written").isEmpty();
  }
}
