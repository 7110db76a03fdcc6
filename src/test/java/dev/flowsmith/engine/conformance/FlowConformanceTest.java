package dev.flowsmith.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.HttpOutcome;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.RunStart;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.template.PathLookup;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multi-operation vectors of engine.md §12.3, one test per vector, read from
 * {@code conformance/flows.json} (its "about" member describes the schema).
 */
class FlowConformanceTest {

  private static final Path VECTORS = Path.of("src/test/resources/conformance/flows.json");

  record Vector(String id, JsObject data) {
    @Override
    public String toString() {
      return id + " " + ((JsString) data.get("title")).value();
    }
  }

  static List<Vector> vectors() throws Exception {
    JsObject file = (JsObject) JsJson.parse(Files.readString(VECTORS));
    List<Vector> vectors = new ArrayList<>();
    for (JsValue v : ((JsArray) file.get("vectors")).elements()) {
      JsObject vector = (JsObject) v;
      vectors.add(new Vector(((JsString) vector.get("id")).value(), vector));
    }
    return vectors;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector(Vector vector) throws Exception {
    JsObject v = vector.data();
    HttpServer server = v.has("http") ? stub((JsObject) v.get("http")) : null;
    try {
      String serverUrl = server == null ? "" : "http://127.0.0.1:" + server.getAddress().getPort();
      Flow flow = flow("main", v.get("trigger"), v.get("options"), (JsArray) v.get("operations"), serverUrl);
      List<Flow> targets = new ArrayList<>();
      if (v.get("targets") instanceof JsArray list) {
        for (JsValue t : list.elements()) {
          targets.add(target((JsObject) t));
        }
      }
      List<String> subRuns = Collections.synchronizedList(new ArrayList<>());
      RunListener listener = new RunListener() {
        @Override
        public void runStarted(RunStart start) {
          if (start.parentRunId() != null) {
            subRuns.add(text(start.initialChain().get("$trigger")));
          }
        }
      };
      InMemoryWorld world = InMemoryWorld.empty();
      RunRequest request = RunRequest.of(flow, v.has("input") ? v.get("input") : JsValue.NULL,
              world.services(LogSink.DISCARD).add(HttpSettings.class, HttpSettings.defaults().withDenyList(List.of()))
                  .build())
          .withAccountability(v.has("accountability") ? v.get("accountability") : JsValue.NULL)
          .withEnv(v.get("env") instanceof JsObject env ? env : JsObject.EMPTY)
          .withListener(listener);

      RunResult result = new FlowRunner(TestOperations.registry(), FlowSource.of(targets), RunLimits.DEFAULT)
          .run(request);

      check((JsObject) v.get("expect"), result, flow, subRuns);
    } finally {
      if (server != null) {
        server.stop(0);
      }
    }
  }

  private static void check(JsObject expect, RunResult result, Flow flow, List<String> subRuns) {
    if (expect.has("chain")) {
      assertThat(text(result.chain())).as("chain").isEqualTo(text(expect.get("chain")));
    }
    if (expect.get("steps") instanceof JsArray steps) {
      assertThat(result.steps().stream().map(s -> s.key() + ":" + s.status().id()).toList()).as("steps")
          .containsExactlyElementsOf(steps.elements().stream().map(FlowConformanceTest::text)
              .map(s -> s.substring(1, s.length() - 1)).toList());
    }
    if (expect.get("stepOptions") instanceof JsObject options) {
      options.members().forEach((key, expected) -> {
        StepRecord step = result.steps().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        assertThat(text(step.options())).as("options of " + key).isEqualTo(text(expected));
      });
    }
    if (expect.get("values") instanceof JsObject values) {
      values.members().forEach((path, expected) ->
          assertThat(text(PathLookup.resolve(path, result.chain()))).as(path).isEqualTo(text(expected)));
    }
    if (expect.has("result")) {
      JsValue expected = expect.get("result");
      boolean undefined = expected instanceof JsString s && s.value().equals("undefined");
      assertThat(text(result.result())).as("result").isEqualTo(undefined ? "undefined" : text(expected));
    }
    if (expect.has("thrown")) {
      assertThat(JsValue.of(result.thrown())).as("thrown").isEqualTo(expect.get("thrown"));
    }
    if (expect.get("log") instanceof JsObject log) {
      log.members().forEach((path, expected) ->
          assertThat(text(PathLookup.resolve(path, result.log()))).as("log " + path).isEqualTo(text(expected)));
    }
    if (expect.get("http") instanceof JsObject http) {
      HttpOutcome outcome = HttpOutcome.of(flow, result, false);
      assertThat(text(JsValue.of(outcome.status()))).as("HTTP status").isEqualTo(text(http.get("status")));
      assertThat(outcome.body() == null ? "null" : text(JsJson.parse(outcome.body()))).as("HTTP body")
          .isEqualTo(text(http.get("body")));
    }
    if (expect.get("subRuns") instanceof JsArray runs) {
      assertThat(subRuns).as("sub-runs").containsExactlyInAnyOrderElementsOf(runs.elements().stream()
          .map(r -> ((JsString) r).value()).toList());
    }
  }

  private static Flow flow(String id, JsValue trigger, JsValue options, JsArray operations, String serverUrl)
      throws Exception {
    StringBuilder ops = new StringBuilder();
    int column = 19;
    for (JsValue element : operations.elements()) {
      JsObject op = (JsObject) element;
      String key = ((JsString) op.get("key")).value();
      ops.append(ops.length() == 0 ? "" : ",").append("{\"id\":\"").append(key).append("\",\"key\":\"").append(key)
          .append("\",\"type\":").append(text(op.get("type"))).append(",\"position_x\":").append(column)
          .append(",\"position_y\":1,\"flow\":\"").append(id).append("\",\"options\":")
          .append(text(op.get("options")).replace("@SERVER@", serverUrl))
          .append(",\"resolve\":").append(op.has("resolve") ? text(op.get("resolve")) : "null")
          .append(",\"reject\":").append(op.has("reject") ? text(op.get("reject")) : "null").append('}');
      column += 18;
    }
    String entry = operations.size() == 0 ? "null" : text(((JsObject) operations.get(0)).get("key"));
    return FlowReader.read("{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"status\":\"active\",\"trigger\":"
        + text(trigger) + ",\"accountability\":\"all\",\"options\":" + text(options) + ",\"operation\":" + entry
        + ",\"operations\":[" + ops + "]}", id).single();
  }

  /** A target flow echoing its payload into one transform; it returns what its options say. */
  private static Flow target(JsObject spec) throws Exception {
    String id = ((JsString) spec.get("id")).value();
    Flow flow = flow(id, JsValue.of("operation"), spec.get("options"), (JsArray) JsJson.parse(
        "[{\"key\":\"echo\",\"type\":\"transform\",\"options\":{\"json\":{\"got\":\"{{ $trigger }}\"}}}]"), "");
    return flow.withStatus(((JsString) spec.get("status")).value());
  }

  private static HttpServer stub(JsObject http) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] body = text(http.get("body")).getBytes(StandardCharsets.UTF_8);
    int status = (int) ((dev.flowsmith.engine.value.JsNumber) http.get("status")).value();
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static String text(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }
}
