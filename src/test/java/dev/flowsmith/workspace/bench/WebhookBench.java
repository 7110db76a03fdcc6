package dev.flowsmith.workspace.bench;

import dev.flowsmith.workspace.SqliteItemStore;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the webhook endpoint for a three-step flow (transform → condition → log), with
 * 8 client threads for 10 s after a 3 s warm-up. Not a test; run it by hand:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.flowsmith.workspace.bench.WebhookBench
 * </pre>
 * Directus answers about 250–500 req/s for this flow on the same machine.
 */
public final class WebhookBench {

  private static final int CLIENTS = 8;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--items")) {
      itemFlow();
      return;
    }
    Path dir = Files.createTempDirectory("webhook-bench");
    new TestWorkspace(dir).flow("bench", "active", "webhook", "{\"method\":\"POST\"}",
        TestWorkspace.op("shape", "transform", "{\"json\":{\"id\":\"{{$trigger.body.id}}\",\"n\":\"{{$trigger.body.n}}\"}}",
            "check", null),
        TestWorkspace.op("check", "condition", "{\"filter\":{\"shape\":{\"n\":{\"_gt\":0}}}}", "log", null),
        TestWorkspace.op("log", "log", "{\"message\":\"order {{shape.id}}\"}", null, null));
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(WorkspaceFolder.open(dir)).historySize(200).build();
        WebhookServer server = new WebhookServer(runtime, 0, WebhookServer.DEFAULT_THREADS)) {
      if (args.length > 0 && args[0].equals("--engine-only")) {
        engineOnly(runtime);
        return;
      }
      server.start();
      URI uri = server.triggerBase().resolve("bench");
      System.out.println("warming up 3 s …");
      measure(uri, 3_000);
      Result result = measure(uri, 10_000);
      System.out.printf(Locale.ROOT, "%d requests in 10 s with %d clients: %.0f req/s, p50 %.2f ms, p99 %.2f ms,"
          + " errors %d%n", result.count, CLIENTS, result.count / 10.0, result.percentile(50), result.percentile(99),
          result.errors);
    }
  }

  /**
   * {@code --items}: item-create then item-read by the new key, against the workspace's SQLite
   * {@code data.db} built from the example schema. The table grows during the run.
   */
  private static void itemFlow() throws Exception {
    Path dir = Files.createTempDirectory("webhook-bench-items");
    new TestWorkspace(dir).flow("bench", "active", "webhook", "{\"method\":\"POST\"}",
        TestWorkspace.op("create", "item-create", "{\"collection\":\"lead_retry_queue\",\"payload\":"
            + "{\"lead\":{\"email\":\"{{$trigger.body.id}}\"},\"status\":\"pending\"}}", "read", null),
        TestWorkspace.op("read", "item-read", "{\"collection\":\"lead_retry_queue\",\"key\":[\"{{create[0]}}\"]}",
            null, null));
    Path snapshot = Path.of(System.getProperty("flowsmith.examples", "resources/examples"), "schema-snapshot.json");
    SqliteItemStore.apply(dir.resolve(SqliteItemStore.FILE_NAME),
        dev.flowsmith.engine.item.ItemStoreLoader.readSchema(snapshot), builder -> builder).close();
    try (WorkspaceRuntime runtime = WorkspaceRuntime.open(dir);
        WebhookServer server = new WebhookServer(runtime, 0, WebhookServer.DEFAULT_THREADS)) {
      server.start();
      URI uri = server.triggerBase().resolve("bench");
      measure(uri, 3_000);
      Result result = measure(uri, 10_000);
      System.out.printf(Locale.ROOT, "item flow: %d requests in 10 s with %d clients: %.0f req/s, p50 %.2f ms,"
          + " p99 %.2f ms, errors %d%n", result.count, CLIENTS, result.count / 10.0, result.percentile(50),
          result.percentile(99), result.errors);
    }
  }

  /** The same flow through {@code launch} without HTTP, to tell engine cost from server cost. */
  private static void engineOnly(WorkspaceRuntime runtime) throws Exception {
    var flow = runtime.flow("bench").orElseThrow();
    var trigger = dev.flowsmith.engine.value.JsJson.parse("{\"body\":{\"id\":\"A\",\"n\":3}}");
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      int runs = 0;
      while (System.nanoTime() - start < 3_000_000_000L) {
        runtime.launch(flow, trigger, dev.flowsmith.engine.value.JsValue.NULL);
        runs++;
      }
      System.out.printf(Locale.ROOT, "engine only, one thread: %.0f runs/s%n", runs / 3.0);
    }
  }

  /** Sends POSTs on one kept-alive connection and reads each answer's status and body. */
  static final class RawClient implements AutoCloseable {
    private final java.net.Socket socket;
    private final java.io.BufferedInputStream in;
    private final java.io.OutputStream out;
    private final String head;

    RawClient(URI uri) throws java.io.IOException {
      socket = new java.net.Socket(uri.getHost(), uri.getPort());
      socket.setTcpNoDelay(true);
      in = new java.io.BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
      head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
          + "\r\nContent-Type: application/json\r\nContent-Length: ";
    }

    int post(String body) throws java.io.IOException {
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.write((head + bytes.length + "\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
      String status = line();
      int length = 0;
      for (String header = line(); !header.isEmpty(); header = line()) {
        if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
          length = Integer.parseInt(header.substring(15).trim());
        }
      }
      in.readNBytes(length);
      return Integer.parseInt(status.split(" ")[1]);
    }

    private String line() throws java.io.IOException {
      StringBuilder text = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new java.io.EOFException();
        }
        if (c != '\r') {
          text.append((char) c);
        }
      }
      return text.toString();
    }

    @Override
    public void close() throws java.io.IOException {
      socket.close();
    }
  }

  record Result(int count, long errors, long[] sortedNanos) {
    double percentile(int p) {
      return sortedNanos.length == 0 ? 0 : sortedNanos[Math.min(sortedNanos.length - 1,
          (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1)] / 1e6;
    }
  }

  private static Result measure(URI uri, long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      long[] latencies = new long[2_000_000];
      perThread.add(latencies);
      counts.add(0);
      int index = t;
      Thread thread = new Thread(() -> {
        int n = 0;
        // a lean keep-alive HTTP/1.1 client per thread, like wrk: the JDK HttpClient costs more CPU
        // per request than the server, which on a small machine measures the client instead
        try (RawClient client = new RawClient(uri)) {
          while (System.nanoTime() < end && n < latencies.length) {
            String body = "{\"id\":\"A-" + n + "\",\"n\":" + (n % 5) + "}";
            long start = System.nanoTime();
            int status = client.post(body);
            if (status >= 300) {
              errors.incrementAndGet();
            }
            latencies[n++] = System.nanoTime() - start;
          }
        } catch (Exception failed) {
          errors.incrementAndGet();
        }
        synchronized (counts) {
          counts.set(index, n);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < CLIENTS; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts.get(t));
      at += counts.get(t);
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), all);
  }
}
