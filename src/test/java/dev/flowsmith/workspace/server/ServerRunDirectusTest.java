package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("directus")
class ServerRunDirectusTest {

  @Test
  void runsACopyAndReadsItsLog() throws Exception {
    Flow flow = FlowReader.read(Path.of("src/test/resources/onserver/greeting.json")).single();
    DirectusHttp http = DirectusServer.client();
    List<String> progress = new ArrayList<>();
    ServerRun.Outcome outcome = new ServerRun(http).run(flow,
        JsonText.parseValue("{\"body\": {\"name\": \"Ada\", \"count\": 3}}"), progress::add, () -> false);
    RunRecord record = outcome.record();
    System.out.println("server run: " + outcome.requests() + " requests");
    assertThat(record.flowId()).isEqualTo(flow.id());
    assertThat(record.source()).isEqualTo("server");
    assertThat(record.steps()).extracting(RunRecord.Step::key).containsExactly("shape", "big_enough", "compute");
    assertThat(record.steps().get(0).operationId()).isEqualTo(flow.operations().get(0).id());
    assertThat(outcome.cleanupProblems()).isEmpty();
    JsonValue left = DirectusHttp.data(http.get("/flows" + DirectusHttp.query("filter[name][_contains]",
        flow.name(), "fields", "id")));
    assertThat(left).isEqualTo(JsonValue.JsonArray.EMPTY);
  }

  @Test
  void theCopyIsDeletedWhenTheRunIsCancelledOrFails() throws Exception {
    Flow flow = FlowReader.read(Path.of("src/test/resources/onserver/greeting.json")).single();
    DirectusHttp http = DirectusServer.client();
    java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
    assertThatThrownBy(() -> new ServerRun(http).run(flow, JsonText.parseValue("{}"), message -> {
      if (message.startsWith("Running")) {
        cancelled.set(true); // after both flows exist on the server
      }
    }, cancelled::get)).isInstanceOf(DirectusCallException.class).hasMessage("cancelled");
    assertThat(leftovers(http, flow)).isEqualTo(JsonValue.JsonArray.EMPTY);

    // a flow whose first operation is missing is refused before anything is created
    Flow broken = flow.withEntry("00000000-0000-4000-8000-000000000000");
    assertThatThrownBy(() -> new ServerRun(http).run(broken, JsonText.parseValue("{}"), m -> {}, () -> false))
        .hasMessageContaining("no first operation");
    assertThat(leftovers(http, flow)).isEqualTo(JsonValue.JsonArray.EMPTY);
  }

  private static JsonValue leftovers(DirectusHttp http, Flow flow) throws DirectusCallException {
    return DirectusHttp.data(http.get("/flows" + DirectusHttp.query("filter[name][_contains]", flow.name(),
        "fields", "id")));
  }
}
