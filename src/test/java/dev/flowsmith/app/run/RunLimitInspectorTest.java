package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.runtime.ConsoleLog;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by a budget from workspace.json: a normal rejected step in the Run tab and the history. */
class RunLimitInspectorTest {

  private static final String FAN_OUT = "{\"id\":\"fan\",\"name\":\"Fan\",\"status\":\"active\",\"trigger\":\"operation\","
      + "\"accountability\":\"all\",\"options\":{\"return\":\"$last\"},\"operation\":\"again\",\"operations\":[{\"id\":"
      + "\"again\",\"key\":\"again\",\"type\":\"trigger\",\"position_x\":19,\"position_y\":1,\"flow\":\"fan\",\"options\":"
      + "{\"flow\":\"fan\",\"payload\":[1,2],\"iterationMode\":\"parallel\"}}]}";

  @TempDir Path dir;
  private AppRuntime runtime;
  private RunController controller;

  @AfterEach
  void close() {
    controller.close();
    runtime.close();
  }

  @Test
  void theBudgetStopShowsAsTheRejectedStepWithItsCodeAndIsKeptInHistory() throws Exception {
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws.resolve("flows"));
    Files.writeString(ws.resolve("flows/fan.json"), FAN_OUT);
    Files.writeString(ws.resolve("workspace.json"), "{\"budgets\": {\"maxFlowDepth\": 1000, \"maxFlows\": 40}}");
    WorkspaceFolder folder = WorkspaceFolder.open(ws);
    runtime = new AppRuntime(new SimpleObjectProperty<>(folder), dir.resolve("scratch"),
        new ConsoleLog(Clock.systemUTC(), Runnable::run));
    controller = new RunController(runtime, Runnable::run);
    Flow fan = FlowReader.read(FAN_OUT, "fan.json").single();

    controller.start(fan, TriggerInput.payload(JsonValue.NULL)).get(60, TimeUnit.SECONDS);

    assertThat(controller.steps()).extracting(LiveStep::status).containsExactly("reject");
    assertThat(controller.rejectionProperty().get()).isEqualTo("step again (trigger) rejected: Run budget exceeded: "
        + "40 flows (set budgets.maxFlows in workspace.json or --max-flows) [FLOWSMITH_BUDGET]");

    RunLogStore history = runtime.historyProperty().get();
    assertThat(history).isNotNull();
    history.flush(); // runs are written by a background group commit
    List<RunLogStore.Entry> runs = history.list("fan");
    assertThat(runs).isNotEmpty();
    RunRecord newest = history.load(runs.get(0));
    assertThat(newest.steps().get(0).status()).isEqualTo("reject");
  }
}
