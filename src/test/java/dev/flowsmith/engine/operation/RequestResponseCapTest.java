package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.http.HttpTransport;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17 item 5: the response body is read up to a cap, streamed, and a bigger one rejects. */
class RequestResponseCapTest {

  private static final long CAP = 64 * 1024;
  private static final byte[] CHUNK = new byte[8192];

  /** How many bytes the server managed to send before the client hung up. */
  private final AtomicLong sent = new AtomicLong();

  private final LoopbackServer server = new LoopbackServer()
      .on("/small", exchange -> LoopbackServer.reply(exchange, 200, "text/plain", "x".repeat(1000)))
      .on("/declared", exchange -> {
        exchange.sendResponseHeaders(200, 700L << 20); // claims 700 MB, sends nothing much
        exchange.getResponseBody().write(CHUNK);
      })
      .on("/endless", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0); // chunked, no length: only the stream tells the size
        try (OutputStream out = exchange.getResponseBody()) {
          for (long total = 0; total < (700L << 20); total += CHUNK.length) {
            out.write(CHUNK);
            sent.addAndGet(CHUNK.length);
          }
        } catch (IOException clientHungUp) {
          // expected: the client cancels once it is past the cap
        }
      })
      .on("/bomb", exchange -> {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
          for (int i = 0; i < 256; i++) {
            gzip.write(CHUNK); // 2 MB of zeros, a few KB compressed
          }
        }
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, zipped.size());
        exchange.getResponseBody().write(zipped.toByteArray());
      });

  private final HttpTransport capped = new HttpTransport(HttpSettings.defaults().withDenyList(List.of())
      .withMaxResponseBytes(CAP));

  @AfterEach
  void stop() {
    server.close();
  }

  private JsValue get(String path) {
    RunServices services = RunServices.builder().add(HttpTransport.class, capped).build();
    return new RequestOperation().run(JsObject.builder().put("method", "GET").put("url", server.url(path)).build(),
        IoTestContexts.context("request", services));
  }

  private static void assertCapError(JsException thrown) {
    JsError error = (JsError) thrown.value();
    assertThat(error.message()).isEqualTo("maxContentLength size of 65536 exceeded (the response is larger than "
        + "65,536 bytes; set limits.maxResponseBytes in workspace.json)");
    assertThat(error.get("code")).isEqualTo(JsValue.of("ERR_BAD_RESPONSE"));
  }

  @Test
  void aBodyUnderTheCapIsRead() {
    assertThat(((JsObject) get("/small")).get("data")).isEqualTo(JsValue.of("x".repeat(1000)));
  }

  @Test
  void aStreamedBodyPastTheCapRejectsAndTheDownloadStops() throws Exception {
    long start = System.nanoTime();
    assertCapError(catchThrowableOfType(() -> get("/endless"), JsException.class));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    Thread.sleep(300);
    // the client hung up soon after the cap: nowhere near the 700 MB the server would send
    assertThat(sent.get()).isLessThan(64L << 20);
  }

  @Test
  void aDeclaredLengthPastTheCapRejectsBeforeTheBodyIsRead() {
    assertCapError(catchThrowableOfType(() -> get("/declared"), JsException.class));
  }

  @Test
  void theCapHoldsForWhatACompressedBodyExpandsTo() {
    assertCapError(catchThrowableOfType(() -> get("/bomb"), JsException.class));
  }

  @Test
  void theDefaultCapIsFiftyMegabytes() {
    assertThat(HttpSettings.defaults().maxResponseBytes()).isEqualTo(50L << 20);
  }
}
