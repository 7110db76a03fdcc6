package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.operation.LoopbackServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.http.HttpTransport;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request operation against a real HTTP server on loopback (engine.md §6.11, D09, C06). */
class RequestOperationTest {

  private final LoopbackServer server = new LoopbackServer()
      .on("/echo", exchange -> reply(exchange, 200, "application/json", "{\"ok\":true}"))
      .on("/text", exchange -> reply(exchange, 200, "text/plain", "plain words"))
      .on("/missing", exchange -> reply(exchange, 404, "application/json",
          "{\"errors\":[{\"message\":\"nope\"}]}"))
      .on("/moved", exchange -> {
        exchange.getResponseHeaders().add("Location", "/echo");
        reply(exchange, 302, null, "");
      })
      .on("/gzip", exchange -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
          gzip.write("{\"zipped\":1}".getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, bytes.size());
        exchange.getResponseBody().write(bytes.toByteArray());
      });
  /** Loopback must be allowed explicitly: the default deny list refuses it (engine.md §9). */
  private final HttpTransport open = new HttpTransport(HttpSettings.defaults().withDenyList(List.of()));
  private final RequestOperation operation = new RequestOperation();

  @AfterEach
  void stop() {
    server.close();
  }

  private JsValue run(JsObject options) {
    RunServices services = RunServices.builder().add(HttpTransport.class, open).build();
    return operation.run(options, IoTestContexts.context("request", services));
  }

  private JsObject.Builder post(String path, JsValue body) {
    return JsObject.builder().put("method", "POST").put("url", server.url(path)).put("body", body);
  }

  private static JsObject header(String name, String value) {
    return JsObject.of("header", JsValue.of(name), "value", JsValue.of(value));
  }

  @Test
  void d09PlainTextBodyGetsNoJsonContentType() {
    run(post("/echo", JsValue.of("body")).build());

    LoopbackServer.Received request = server.received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).isEqualTo("body");
    // axios' own default for a POST without a type
    assertThat(request.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.header("user-agent")).isEqualTo("axios/1.11.0");
    assertThat(request.header("accept")).isEqualTo("application/json, text/plain, */*");
  }

  @Test
  void d09HeadersArrayBecomesHeaders() {
    run(post("/echo", JsValue.of("body")).put("headers",
        JsArray.of(header("header1", "value1"), header("header2", "value2"))).build());

    LoopbackServer.Received request = server.received.get(0);
    assertThat(request.header("header1")).isEqualTo("value1");
    assertThat(request.header("header2")).isEqualTo("value2");
  }

  @Test
  void d09ExplicitContentTypeIsKept() {
    run(post("/echo", JsValue.of("body"))
        .put("headers", JsArray.of(header("Content-Type", "application/octet-stream"))).build());

    assertThat(server.received.get(0).header("content-type")).isEqualTo("application/octet-stream");
  }

  @Test
  void d09InvalidJsonStringGetsNoJsonType() {
    run(post("/echo", JsValue.of("\"a\": \"b\"")).put("headers",
        JsArray.of(header("header1", "value1"))).build());

    assertThat(server.received.get(0).header("content-type")).doesNotContain("application/json");
    assertThat(server.received.get(0).body()).isEqualTo("\"a\": \"b\"");
  }

  @Test
  void d09ValidJsonStringGetsJsonTypeAndIsSentTrimmed() {
    run(post("/echo", JsValue.of(" { \"a\": \"b\" } ")).build());

    assertThat(server.received.get(0).header("content-type")).isEqualTo("application/json");
    assertThat(server.received.get(0).body()).isEqualTo("{ \"a\": \"b\" }");
  }

  @Test
  void objectBodyIsSentAsJson() {
    run(post("/echo", JsObject.of("email", JsValue.of("a@b.c"), "n", JsValue.of(2))).build());

    assertThat(server.received.get(0).body()).isEqualTo("{\"email\":\"a@b.c\",\"n\":2}");
    assertThat(server.received.get(0).header("content-type")).isEqualTo("application/json");
  }

  @Test
  void laterDuplicateHeadersWinAndNamesMergeIgnoringCase() {
    run(post("/echo", JsValue.of("x")).put("headers", JsArray.of(header("X-A", "1"),
        header("x-a", "2"), header("content-type", "text/plain"))).build());

    LoopbackServer.Received request = server.received.get(0);
    assertThat(request.headers().get("x-a")).containsExactly("2");
    assertThat(request.header("content-type")).isEqualTo("text/plain");
  }

  @Test
  void successGivesTheFourFieldsWithParsedJson() {
    JsObject result = (JsObject) run(JsObject.of("url", JsValue.of(server.url("/echo"))));

    assertThat(result.keys()).containsExactly("status", "statusText", "headers", "data");
    assertThat(result.get("status")).isEqualTo(JsValue.of(200));
    assertThat(result.get("statusText")).isEqualTo(JsValue.of("OK"));
    assertThat(result.get("data")).isEqualTo(JsObject.of("ok", JsValue.TRUE));
    JsObject headers = (JsObject) result.get("headers");
    assertThat(headers.get("content-type")).isEqualTo(JsValue.of("application/json"));
    assertThat(headers.keys()).allMatch(name -> name.equals(name.toLowerCase()));
    assertThat(server.received.get(0).method()).isEqualTo("GET");
  }

  @Test
  void nonJsonResponseStaysText() {
    JsObject result = (JsObject) run(JsObject.of("url", JsValue.of(server.url("/text"))));

    assertThat(result.get("data")).isEqualTo(JsValue.of("plain words"));
  }

  @Test
  void c06NotFoundRejectsWithThePlainFourFieldObject() {
    assertThatThrownBy(() -> run(JsObject.of("url", JsValue.of(server.url("/missing")))))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsObject rejected = (JsObject) e.value();
          assertThat(rejected.keys()).containsExactly("status", "statusText", "headers", "data");
          assertThat(rejected.get("status")).isEqualTo(JsValue.of(404));
          assertThat(rejected.get("statusText")).isEqualTo(JsValue.of("Not Found"));
          assertThat(JsJson.stringify(rejected.get("data")))
              .contains("{\"errors\":[{\"message\":\"nope\"}]}");
        });
  }

  @Test
  void redirectsAreFollowedAndAPostBecomesAGet() {
    JsObject result = (JsObject) run(post("/moved", JsObject.EMPTY).build());

    assertThat(result.get("status")).isEqualTo(JsValue.of(200));
    assertThat(server.received).extracting(LoopbackServer.Received::method)
        .containsExactly("POST", "GET");
    assertThat(server.received.get(1).header("content-type")).isNull();
  }

  @Test
  void gzipBodiesAreDecompressed() {
    JsObject result = (JsObject) run(JsObject.of("url", JsValue.of(server.url("/gzip"))));

    assertThat(result.get("data")).isEqualTo(JsObject.of("zipped", JsValue.of(1)));
    assertThat(((JsObject) result.get("headers")).has("content-encoding")).isFalse();
  }

  @Test
  void illegalUrlCharactersAreEncoded() {
    run(JsObject.of("url", JsValue.of(server.url("/echo?q=a b&r=%41\"x\""))));

    assertThat(server.received.get(0).uri()).isEqualTo("/echo?q=a%20b&r=%41%22x%22");
  }

  @Test
  void headersThatAreNotAnArrayRejectWithTheReduceTypeError() {
    assertThatThrownBy(() -> run(post("/echo", JsValue.of("x")).put("headers", JsValue.of("h")).build()))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value())
            .isEqualTo(JsError.of("TypeError", "headers?.reduce is not a function")));
    assertThat(server.received).isEmpty();
  }

  @Test
  void refusedConnectionRejectsWithAnAxiosLikeError() throws IOException {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> run(JsObject.of("url",
        JsValue.of("http://127.0.0.1:" + closedPort + "/x"))))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.get("message"))
              .isEqualTo(JsValue.of("connect ECONNREFUSED 127.0.0.1:" + closedPort));
          assertThat(error.get("code")).isEqualTo(JsValue.of("ECONNREFUSED"));
          assertThat(error.get("name")).isEqualTo(JsValue.of("Error"));
          assertThat(error.properties().keys()).containsExactly("message", "name", "config", "code");
          assertThat(((JsObject) error.get("config")).get("method")).isEqualTo(JsValue.of("get"));
        });
  }

  @Test
  void invalidUrlRejectsLikeNode() {
    assertThatThrownBy(() -> run(JsObject.of("url", JsValue.of("/"))))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.name()).isEqualTo("TypeError");
          assertThat(error.message()).isEqualTo("Invalid URL");
          assertThat(JsJson.stringify(error)).contains("{\"code\":\"ERR_INVALID_URL\",\"input\":\"/\"}");
        });
  }

  @Test
  void unsupportedProtocolRejects() {
    assertThatThrownBy(() -> run(JsObject.of("url", JsValue.of("ftp://example.com/file"))))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.get("message")).isEqualTo(JsValue.of("Unsupported protocol ftp:"));
          assertThat(error.get("name")).isEqualTo(JsValue.of("AxiosError"));
          assertThat(error.get("code")).isEqualTo(JsValue.of("ERR_BAD_REQUEST"));
        });
  }
}
