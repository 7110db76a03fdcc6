package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The error a request without an answer rejects with, against what Directus 11.11 gave
 * ({@code conformance/axios-error-configs.json}: a refused port, then an ftp URL, each with a
 * flow header; the agents' socket lists, which hold the server's history, emptied).
 */
class RequestErrorConfigTest {

  private static final String RECORDED_ADDRESS = "192.0.2.1:1";

  private final RequestOperation operation = new RequestOperation();
  private final RunServices services = RunServices.builder()
      .add(HttpSettings.class, HttpSettings.defaults().withDenyList(List.of())).build();

  @Test
  void aRefusedConnectionCarriesAxiosConfigAsDirectusShowsIt() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    String address = "127.0.0.1:" + port;
    JsObject options = JsObject.builder()
        .put("method", "POST")
        .put("url", "http://" + address + "/x?q=1")
        .put("headers", JsArray.of(JsObject.of("header", JsValue.of("X-Test"), "value", JsValue.of("1"))))
        .put("body", "{\"a\":1}")
        .build();

    assertThat(rejection(options)).isEqualTo(recorded(0).replace(RECORDED_ADDRESS, address));
  }

  @Test
  void anFtpUrlGetsNoUserAgentOrAcceptEncoding() throws Exception {
    JsObject options = JsObject.builder()
        .put("method", "GET")
        .put("url", "ftp://example.com/x")
        .put("headers", JsArray.of(JsObject.of("header", JsValue.of("X-Test"), "value", JsValue.of("1"))))
        .build();

    assertThat(rejection(options)).isEqualTo(recorded(1));
  }

  private String rejection(JsObject options) {
    Throwable thrown = catchThrowable(
        () -> operation.run(options, IoTestContexts.context("request", services)));
    assertThat(thrown).isInstanceOf(JsException.class);
    return JsJson.stringify(((JsException) thrown).value()).orElseThrow();
  }

  private static String recorded(int index) throws Exception {
    JsValue all = JsJson.parse(Files.readString(Path.of("src/test/resources/conformance/axios-error-configs.json")));
    return JsJson.stringify(((JsArray) all).elements().get(index)).orElseThrow();
  }
}
