package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import static dev.flowsmith.engine.operation.LoopbackServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.http.HttpTransport;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request operation's safety rails: Directus' default deny list (golden webhook cases),
 * timeouts and cancellation.
 */
class RequestDenyListTest {

  private final LoopbackServer server = new LoopbackServer()
      .on("/echo", exchange -> reply(exchange, 200, "application/json", "{}"))
      .on("/slow", exchange -> {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        reply(exchange, 200, "text/plain", "late");
      });
  private final RequestOperation operation = new RequestOperation();

  @AfterEach
  void stop() {
    server.close();
  }

  private JsValue run(JsObject options, RunServices services, Cancellation cancellation) {
    return operation.run(options, IoTestContexts.context("request", services, JsValue.NULL, cancellation));
  }

  private JsValue runWithDefaults(JsObject options) {
    return run(options, RunServices.builder().build(), Cancellation.none());
  }

  @Test
  void goldenWebhookPushToCrmIsRefusedBeforeConnecting() {
    JsObject expected = GoldenFiles.read("webhook-with-error-branch/complete-lead-queued.expected.json");
    JsObject options = GoldenFiles.stepOptions(expected, "push_to_crm");
    JsObject logged = (JsObject) ((JsObject) GoldenFiles.stepOptions(expected, "queue_retry")
        .get("payload")).get("error");

    assertThatThrownBy(() -> runWithDefaults(options))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          // the chain shows {} (nothing enumerable), the run log {name, message}
          assertThat(JsJson.stringify(error)).contains("{}");
          assertThat(JsObject.of("name", error.get("name"), "message", error.get("message")))
              .isEqualTo(logged);
          assertThat(GoldenFiles.stepOptions(expected, "log_crm_failure").get("message"))
              .isEqualTo(JsValue.of("CRM push failed for jane.doe@example.org: " + error.message()));
        });
  }

  @Test
  void loopbackIsRefusedByDefaultAndNothingReachesTheServer() {
    JsObject options = JsObject.of("url", JsValue.of(server.url("/echo")));

    assertThatThrownBy(() -> runWithDefaults(options))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value()).isEqualTo(
            JsError.error("Requested domain \"127.0.0.1\" resolves to a denied IP address")));
    assertThat(server.received).isEmpty();
  }

  /**
   * Issue 20: {@code 0177.0.0.1} went to 177.0.0.1. Node reads these spellings as 127.0.0.1;
   * Directus 11.11 answers each with this message (checked on the server for the first two).
   */
  @ParameterizedTest
  @ValueSource(strings = {"0177.0.0.1", "0x7f.1", "127.1", "2130706433", "0x7F000001", "127.0.0.1.",
      "%31%32%37.0.0.1", "\uFF11\uFF12\uFF17.0.0.1", "user:pw@0x7f.1"})
  void everySpellingOfLoopbackIsRefused(String host) {
    JsObject options = JsObject.of("url", JsValue.of("http://" + host + ":" + server.port() + "/echo"));

    assertThatThrownBy(() -> runWithDefaults(options))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value()).isEqualTo(
            JsError.error("Requested domain \"127.0.0.1\" resolves to a denied IP address")));
    assertThat(server.received).isEmpty();
  }

  /** Directus 11.11 lets this one through (ip-matching does not unmap it); we refuse it. */
  @Test
  void anIpv4MappedLoopbackIsRefused() {
    JsObject options = JsObject.of("url", JsValue.of("http://[::ffff:127.0.0.1]:" + server.port() + "/echo"));

    assertThatThrownBy(() -> runWithDefaults(options))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value()).isEqualTo(
            JsError.error("Requested domain \"::ffff:7f00:1\" resolves to a denied IP address")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://0x100000000/", "http://256.0.0.1/", "http://1.2.3.09/", "http://ex%zz.com:99999/",
      "http://[1::1::1]/", "http://a b/", "http://", "http:///", "ftp://0x100000000/"})
  void anInvalidHostIsNodesInvalidUrl(String url) {
    assertThatThrownBy(() -> runWithDefaults(JsObject.of("url", JsValue.of(url))))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.name()).isEqualTo("TypeError");
          assertThat(error.message()).isEqualTo("Invalid URL");
          assertThat(error.get("code")).isEqualTo(JsValue.of("ERR_INVALID_URL"));
        });
  }

  @Test
  void aHostNameResolvingToADeniedAddressFailsAsAxiosReportsIt() {
    JsObject options = JsObject.of("url", JsValue.of("http://localhost:" + server.port() + "/echo"));

    assertThatThrownBy(() -> runWithDefaults(options))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.get("message")).isEqualTo(
              JsValue.of("Requested domain \"localhost\" resolves to a denied IP address"));
          assertThat(error.properties().keys()).containsExactly("message", "name", "config");
        });
    assertThat(server.received).isEmpty();
  }

  @Test
  void theMetadataAddressIsRefused() {
    assertThatThrownBy(() -> runWithDefaults(
        JsObject.of("url", JsValue.of("http://169.254.169.254/latest/meta-data"))))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(((JsError) e.value()).message())
            .isEqualTo("Requested domain \"169.254.169.254\" resolves to a denied IP address"));
  }

  @Test
  void aSlowServerTimesOutWithAxiosWording() {
    HttpSettings settings = HttpSettings.defaults().withDenyList(List.of())
        .withRequestTimeout(Duration.ofMillis(300));
    RunServices services = RunServices.builder().add(HttpSettings.class, settings).build();

    assertThatThrownBy(() -> run(JsObject.of("url", JsValue.of(server.url("/slow"))), services,
        Cancellation.none()))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.get("message")).isEqualTo(JsValue.of("timeout of 300ms exceeded"));
          assertThat(error.get("code")).isEqualTo(JsValue.of("ECONNABORTED"));
          assertThat(error.get("name")).isEqualTo(JsValue.of("AxiosError"));
        });
  }

  @Test
  void cancellingTheRunAbortsTheRequest() throws Exception {
    RunServices services = RunServices.builder().add(HttpTransport.class,
        new HttpTransport(HttpSettings.defaults().withDenyList(List.of()))).build();
    Cancellation cancellation = new Cancellation();
    CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
      try {
        run(JsObject.of("url", JsValue.of(server.url("/slow"))), services, cancellation);
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    while (server.received.isEmpty()) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();
    cancellation.cancel();

    Throwable thrown = outcome.get(5, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown).isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value())
        .isEqualTo(Cancellation.cancelledError().value()));
  }
}
