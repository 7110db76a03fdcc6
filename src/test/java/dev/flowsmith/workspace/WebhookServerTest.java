package dev.flowsmith.workspace;

import static dev.flowsmith.workspace.TestWorkspace.get;
import static dev.flowsmith.workspace.TestWorkspace.op;
import static dev.flowsmith.workspace.TestWorkspace.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook endpoint over real HTTP on loopback, against engine.md §3.2, §3.5 and §4.6. */
class WebhookServerTest {

  static final String FORBIDDEN = "{\"errors\":[{\"message\":\"You don't have permission to access this.\","
      + "\"extensions\":{\"code\":\"FORBIDDEN\"}}]}";
  static final String LEAD_FLOW = "ef57ded8-a2f9-428d-92bb-8ab26d6e5e7a";
  static final Path EXAMPLES = Path.of("resources/examples");

  @TempDir
  Path dir;

  WorkspaceRuntime runtime;
  WebhookServer server;

  @BeforeEach
  void start() throws Exception {
    TestWorkspace ws = new TestWorkspace(dir);
    // the example, with the CRM address the golden case used: a denied IP, so no network is needed
    ws.write("lead", Files.readString(EXAMPLES.resolve("webhook-with-error-branch.json"))
        .replace("https://crm.example.com/api/v2/leads", "http://127.0.0.1:18555/api/v2/leads"));
    ws.flow("nothing", "active", "webhook", "{}", op("log", "log", "{\"message\":\"hi\"}", null, null));
    ws.flow("all", "active", "webhook", "{\"return\":\"$all\"}",
        op("t", "transform", "{\"json\":{\"a\":\"{{$trigger.query.a}}\"}}", null, null));
    ws.flow("async", "active", "webhook", "{\"async\":true}",
        op("t", "transform", "{\"json\":{\"ok\":true}}", null, null));
    ws.flow("strict", "active", "webhook", "{\"method\":\"POST\",\"error_on_reject\":true}",
        op("check", "condition", "{\"filter\":{\"$trigger\":{\"body\":{\"name\":{\"_nnull\":true}}}}}", null, null));
    ws.flow("off", "inactive", "webhook", "{}", op("t", "transform", "{\"json\":1}", null, null));
    ws.flow("loop", "active", "webhook", "{}",
        op("a", "transform", "{\"json\":1}", "b", null), op("b", "transform", "{\"json\":2}", "a", null));
    ws.flow("manual", "active", "manual", "{\"collections\":[\"articles\"]}",
        op("t", "transform", "{\"json\":{\"keys\":\"{{$trigger.body.keys}}\",\"admin\":\"{{$accountability.admin}}\"}}",
            null, null));
    ws.flow("manual-any", "active", "manual", "{\"collections\":\"articles\",\"requireSelection\":false}",
        op("t", "transform", "{\"json\":{\"ran\":true}}", null, null));
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    folder.saveSetting(WorkspaceRuntime.ENV_ALLOW_LIST_SETTING, JsonValue.of("GREETING"));
    runtime = WorkspaceRuntime.builder(folder)
        .items(ItemStoreLoader.load(EXAMPLES.resolve("schema-snapshot.json"), EXAMPLES.resolve("seed-items.json"), null))
        .environment(Map.of("GREETING", "hello", "SECRET", "no")).scriptWorkers(1).build();
    server = new WebhookServer(runtime, 0, 8);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
    runtime.close();
  }

  URI trigger(String flowId) {
    return server.triggerBase().resolve(flowId);
  }

  @Test
  void theExampleAnswersWithTheRejectBranchsLast() throws Exception {
    HttpResponse<String> response = postJson(trigger(LEAD_FLOW),
        "{\"email\":\"jane.doe@example.org\",\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"consent\":true}");

    // golden/webhook-with-error-branch/complete-lead-queued.expected.json: $last is [1]
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[1]");
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
    JsObject chain = runtime.history().runs().get(0).chain();
    JsObject trigger = (JsObject) chain.get("$trigger");
    assertThat(trigger.get("path")).isEqualTo(JsValue.of("/trigger/" + LEAD_FLOW));
    assertThat(trigger.get("method")).isEqualTo(JsValue.of("POST"));
    assertThat(((JsObject) trigger.get("headers")).get("content-type")).isEqualTo(JsValue.of("application/json"));
    assertThat(chain.get("queue_retry")).isEqualTo(JsJson.parse("[1]"));
  }

  @Test
  void theWrongMethodAnUnknownOrAnInactiveFlowIsForbidden() throws Exception {
    for (URI uri : new URI[] {trigger(LEAD_FLOW), trigger("no-such-flow"), trigger("off")}) {
      HttpResponse<String> response = get(uri);
      assertThat(response.statusCode()).as(uri.toString()).isEqualTo(403);
      assertThat(response.body()).isEqualTo(FORBIDDEN);
    }
    assertThat(postJson(trigger("nothing"), "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void otherPathsAreNotFound() throws Exception {
    HttpResponse<String> response = get(server.triggerBase().resolve("/items/articles"));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"ROUTE_NOT_FOUND\"", "Route /items/articles doesn't exist.");
  }

  @Test
  void aFalsyResultAndAnAsyncFlowAnswer204() throws Exception {
    assertThat(get(trigger("nothing")).statusCode()).isEqualTo(204);
    HttpResponse<String> async = get(trigger("async"));
    assertThat(async.statusCode()).isEqualTo(204);
    assertThat(async.body()).isEmpty();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (runtime.history().runs().stream().noneMatch(r -> r.flowId().equals("async"))
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(runtime.history().runs()).anyMatch(r -> r.flowId().equals("async"));
  }

  @Test
  void returnAllAnswersTheChainWithQsQueryAnonymousCallerAndAllowListedEnv() throws Exception {
    HttpResponse<String> response = get(trigger("all").resolve("all?a=x&b[c]=1&d=1&d=2&e[]=3"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsObject chain = (JsObject) JsJson.parse(response.body());
    assertThat(chain.keys()).containsExactly("$trigger", "$last", "$accountability", "$env", "t");
    assertThat(((JsObject) chain.get("$trigger")).get("query"))
        .isEqualTo(JsJson.parse("{\"a\":\"x\",\"b\":{\"c\":\"1\"},\"d\":[\"1\",\"2\"],\"e\":[\"3\"]}"));
    assertThat(((JsObject) chain.get("$trigger")).get("body")).isEqualTo(JsObject.EMPTY);
    JsObject headers = (JsObject) ((JsObject) chain.get("$trigger")).get("headers");
    assertThat(headers.get("host")).isEqualTo(JsValue.of("127.0.0.1:" + server.port()));
    assertThat(chain.get("$accountability")).isEqualTo(JsObject.builder().put("role", JsValue.NULL)
        .put("user", JsValue.NULL).put("roles", JsJson.parse("[]")).put("admin", JsValue.FALSE)
        .put("app", JsValue.FALSE).put("ip", "127.0.0.1").put("userAgent", headers.get("user-agent")).build());
    assertThat(chain.get("$env")).isEqualTo(JsJson.parse("{\"GREETING\":\"hello\"}"));
    assertThat(chain.get("t")).isEqualTo(JsJson.parse("{\"a\":\"x\"}"));
  }

  @Test
  void errorOnRejectAnswersTheThrownLastAsDirectusErrors() throws Exception {
    HttpResponse<String> response = postJson(trigger("strict"), "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"errors\":[{\"message\":\"Validation failed for field \\\"$trigger\\\"")
        .contains("\"code\":\"FAILED_VALIDATION\"");
    assertThat(postJson(trigger("strict"), "{\"name\":\"x\"}").statusCode()).isEqualTo(204);
  }

  @Test
  void aFlowWithALoopIsA500ThatSaysSo() throws Exception {
    HttpResponse<String> response = get(trigger("loop"));
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("has a loop", "INTERNAL_SERVER_ERROR");
  }

  @Test
  void manualFlowsCheckCollectionAndSelectionAndReturnLast() throws Exception {
    HttpResponse<String> ok = postJson(trigger("manual"), "{\"collection\":\"articles\",\"keys\":[1,2]}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"keys\":[1,2],\"admin\":true}");

    for (String body : new String[] {"{\"keys\":[1]}", "{\"collection\":\"authors\",\"keys\":[1]}",
        "{\"collection\":\"articles\"}", "{\"collection\":\"articles\",\"keys\":[]}",
        "{\"collection\":\"articles\",\"keys\":\"1\"}"}) {
      HttpResponse<String> refused = postJson(trigger("manual"), body);
      assertThat(refused.statusCode()).as(body).isEqualTo(403);
      assertThat(refused.body()).isEqualTo(FORBIDDEN);
    }
    assertThat(get(trigger("manual")).statusCode()).isEqualTo(403);
    assertThat(postJson(trigger("manual-any"), "{\"collection\":\"articles\"}").body()).isEqualTo("{\"ran\":true}");
  }

  @Test
  void aJsonBodyOverOneMegabyteIsDirectusInvalidPayloadAndMalformedJsonToo() throws Exception {
    // Directus 11.11 answers body-parser's "request entity too large" as a 400 InvalidPayloadError
    // (measured with a 2 MB body, with Content-Length and chunked), not 413
    String big = "{\"x\":\"" + "a".repeat(WebhookServer.MAX_BODY_BYTES) + "\"}";
    HttpResponse<String> tooLarge = postJson(trigger("strict"), big);
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).isEqualTo("{\"errors\":[{\"message\":\"Invalid payload. request entity too large.\","
        + "\"extensions\":{\"reason\":\"request entity too large\",\"code\":\"INVALID_PAYLOAD\"}}]}");

    HttpResponse<String> malformed = postJson(trigger("strict"), "{\"name\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("INVALID_PAYLOAD");
  }

  @Test
  void aPortInUseIsAClearErrorAndChangesNothing() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      WebhookServer second = new WebhookServer(runtime, taken.getLocalPort(), 2);
      assertThatThrownBy(second::start).isInstanceOf(WebhookServer.PortInUseException.class)
          .hasMessage("Port " + taken.getLocalPort()
              + " is already in use; choose another webhook port in the workspace settings");
      assertThat(second.isRunning()).isFalse();
    }
    assertThat(get(trigger("nothing")).statusCode()).isEqualTo(204);
  }
}
