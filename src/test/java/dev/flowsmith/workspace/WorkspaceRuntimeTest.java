package dev.flowsmith.workspace;

import static dev.flowsmith.workspace.TestWorkspace.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRuntimeTest {

  @TempDir
  Path dir;

  @Test
  void envComesFromTheAllowListSettingAndOnlyActiveFlowsAreTriggerable() throws Exception {
    new TestWorkspace(dir).flow("on", "active", "webhook", "{}", op("t", "transform", "{\"json\":\"{{$env}}\"}", null, null))
        .flow("off", "inactive", "webhook", "{}");
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    folder.saveSetting(WorkspaceRuntime.ENV_ALLOW_LIST_SETTING,
        JsonValue.JsonArray.ofStrings(List.of("PORT", "MISSING", "FLAG")));
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder)
        .environment(Map.of("PORT", "42", "FLAG", "true", "HIDDEN", "x")).build()) {
      assertThat(runtime.env()).isEqualTo(JsJson.parse("{\"PORT\":42,\"FLAG\":true}"));
      assertThat(runtime.flow("on")).isPresent();
      assertThat(runtime.flow("off")).isEmpty();
      RunResult result = runtime.launch(runtime.flow("on").orElseThrow(), JsValue.NULL, JsValue.NULL);
      assertThat(result.result()).isEqualTo(runtime.env());
    }
  }

  @Test
  void historyKeepsTheLastRunsAndTellsSubscribers() throws Exception {
    new TestWorkspace(dir).flow("on", "active", "webhook", "{}", op("t", "transform", "{\"json\":1}", null, null));
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(WorkspaceFolder.open(dir)).historySize(3).build()) {
      List<String> seen = new ArrayList<>();
      Runnable unsubscribe = runtime.history().subscribe(r -> seen.add(r.runId()));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ids.add(runtime.launch(runtime.flow("on").orElseThrow(), JsValue.NULL, JsValue.NULL).runId());
      }
      unsubscribe.run();
      runtime.launch(runtime.flow("on").orElseThrow(), JsValue.NULL, JsValue.NULL);
      assertThat(seen).isEqualTo(ids);
      assertThat(runtime.history().runs()).hasSize(3).last().extracting(RunResult::runId).isNotIn(ids);
    }
  }

  @Test
  void theSchedulesAndItemEventsSwitchesReportTheirState() throws Exception {
    new TestWorkspace(dir);
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(WorkspaceFolder.open(dir)).build()) {
      assertThat(runtime.schedulesOn()).isFalse();
      assertThat(runtime.itemEventsOn()).isTrue();
      runtime.startSchedules();
      runtime.setItemEvents(false);
      assertThat(runtime.schedulesOn()).isTrue();
      assertThat(runtime.itemEventsOn()).isFalse();
      runtime.stopSchedules();
      assertThat(runtime.schedulesOn()).isFalse();
    }
  }
}
