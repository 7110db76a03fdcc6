package dev.flowsmith.workspace;

import com.sun.net.httpserver.HttpServer;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue.JsonNumber;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's webhook endpoint on 127.0.0.1 (engine.md §3.2, §3.5): off until
 * {@link #start()}, serving {@code /flows/trigger/<flowId>} like a Directus server, so a
 * website form or {@code curl} can call a flow under design. Loopback only: the desktop has no
 * login, so nothing outside the machine may start its flows (callers: {@link LocalCallers}).
 *
 * <p>Requests are handled on a fixed pool of worker threads; async flows run on a second pool so
 * a burst of them cannot starve the requests that wait for an answer.
 */
public final class WebhookServer implements AutoCloseable {

  public static final String PORT_SETTING = "webhookPort";
  public static final int DEFAULT_PORT = 8055;
  public static final int DEFAULT_THREADS = 64;
  /** engine.md §9: MAX_PAYLOAD_SIZE defaults to "1mb", which the bytes library reads as 1024². */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  /** The port is taken by another program; the server stays stopped and nothing else changed. */
  public static final class PortInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    PortInUseException(int port, BindException cause) {
      super("Port " + port + " is already in use; choose another webhook port in the workspace settings", cause);
    }
  }

  static {
    // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
    // the client's delayed ACK stalls many answers by ~40 ms (WebhookBench: 716 → 1841 req/s).
    // Read once when the JDK server's configuration loads, so it is set before the first server.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final WorkspaceRuntime runtime;
  private final int requestedPort;
  private final int threads;
  private Consumer<String> problems = System.err::println;
  private @Nullable HttpServer server;
  private @Nullable ExecutorService workers;
  private @Nullable ExecutorService background;

  /** A server on the workspace's {@code webhookPort} setting (default 8055). */
  public WebhookServer(WorkspaceRuntime runtime) {
    this(runtime, configuredPort(runtime.folder()), DEFAULT_THREADS);
  }

  /** @param port the port to listen on; 0 picks a free one (tests) */
  public WebhookServer(WorkspaceRuntime runtime, int port, int threads) {
    if (port < 0 || port > 65535 || threads < 1) {
      throw new IllegalArgumentException("bad port " + port + " or thread count " + threads);
    }
    this.runtime = runtime;
    this.requestedPort = port;
    this.threads = threads;
  }

  public static int configuredPort(WorkspaceFolder folder) {
    return folder.settings().get(PORT_SETTING).filter(JsonNumber.class::isInstance)
        .map(n -> ((JsonNumber) n).decimalValue().intValue()).orElse(DEFAULT_PORT);
  }

  /** Where problems that have no HTTP answer go (an async flow that could not run). */
  public synchronized WebhookServer onProblem(Consumer<String> sink) {
    this.problems = sink;
    return this;
  }

  public synchronized void start() throws IOException {
    if (server != null) {
      return;
    }
    HttpServer created;
    try {
      created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 256);
    } catch (BindException inUse) {
      throw new PortInUseException(requestedPort, inUse);
    }
    workers = Executors.newFixedThreadPool(threads, named("webhook-"));
    background = Executors.newFixedThreadPool(threads, named("webhook-async-"));
    Consumer<String> sink = problems;
    created.createContext("/", new TriggerEndpoint(runtime, background, MAX_BODY_BYTES, m -> sink.accept(m)));
    created.setExecutor(workers);
    created.start();
    server = created;
  }

  /** Stops listening, lets running requests finish briefly, and waits for async runs to end. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.stop(0);
    shutDown(workers);
    shutDown(background);
    server = null;
    workers = null;
    background = null;
  }

  @Override
  public void close() {
    stop();
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  /** The port listened on (the one picked when 0 was asked for); the requested port when stopped. */
  public synchronized int port() {
    return server == null ? requestedPort : server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>/flows/trigger/}. */
  public URI triggerBase() {
    return URI.create("http://127.0.0.1:" + port() + "/flows/trigger/");
  }

  private static void shutDown(@Nullable ExecutorService pool) {
    if (pool == null) {
      return;
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
