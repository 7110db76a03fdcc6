package dev.flowsmith.workspace;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue.JsonNumber;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's webhook endpoint on 127.0.0.1 (engine.md §3.2, §3.5): off until
 * {@link #start()}, serving {@code /flows/trigger/<flowId>} like a Directus server, so a
 * website form or {@code curl} can call a flow under design. Loopback only: the desktop has no
 * login, so nothing outside the machine may start its flows (callers: {@link LocalCallers}).
 *
 * <p>Jetty 12 parses requests without a thread per connection, so clients that send half a
 * request cost memory, not workers; {@link WebhookLimits} bounds what each may take (timeouts,
 * connections, header and body sizes). Flows run on a bounded pool of Jetty workers; async flows
 * on a second pool so a burst of them cannot starve the requests that wait for an answer.
 */
public final class WebhookServer implements AutoCloseable {

  public static final String PORT_SETTING = "webhookPort";
  public static final int DEFAULT_PORT = 8055;
  public static final int DEFAULT_THREADS = 64;
  /** engine.md §9: MAX_PAYLOAD_SIZE defaults to "1mb", which the bytes library reads as 1024². */
  public static final int MAX_BODY_BYTES = 1024 * 1024;
  /** Connections over the limit are still accepted (to be answered 503) up to this many more. */
  private static final int ACCEPTED_OVER_LIMIT = 64;

  /** The port is taken by another program; the server stays stopped and nothing else changed. */
  public static final class PortInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    PortInUseException(int port, BindException cause) {
      super("Port " + port + " is already in use; choose another webhook port in the workspace settings", cause);
    }
  }

  private final WorkspaceRuntime runtime;
  private final int requestedPort;
  private final int threads;
  private final WebhookLimits limits;
  private final @Nullable String limitsProblem;
  private Consumer<String> problems = System.err::println;
  private @Nullable Server server;
  private @Nullable ServerConnector connector;
  private @Nullable ConnectionGuard guard;
  private @Nullable ExecutorService background;

  /**
   * A server on the workspace's {@code webhookPort} setting (default 8055) with its
   * {@code webhookLimits}; limits that cannot be read are reported when it starts and the
   * defaults used, so the app still serves.
   */
  public WebhookServer(WorkspaceRuntime runtime) {
    this.runtime = runtime;
    this.requestedPort = configuredPort(runtime.folder());
    this.threads = DEFAULT_THREADS;
    WebhookLimits read;
    String problem = null;
    try {
      read = WebhookLimits.from(runtime.folder().settings());
    } catch (IllegalArgumentException unreadable) {
      read = WebhookLimits.DEFAULTS;
      problem = unreadable.getMessage() + "; using the default webhook limits";
    }
    this.limits = read;
    this.limitsProblem = problem;
  }

  /** @param port the port to listen on; 0 picks a free one (tests) */
  public WebhookServer(WorkspaceRuntime runtime, int port, int threads) {
    this(runtime, port, threads, WebhookLimits.DEFAULTS);
  }

  /** @param port the port to listen on; 0 picks a free one (tests) */
  public WebhookServer(WorkspaceRuntime runtime, int port, int threads, WebhookLimits limits) {
    if (port < 0 || port > 65535 || threads < 1) {
      throw new IllegalArgumentException("bad port " + port + " or thread count " + threads);
    }
    this.runtime = runtime;
    this.requestedPort = port;
    this.threads = threads;
    this.limits = limits;
    this.limitsProblem = null;
  }

  public static int configuredPort(WorkspaceFolder folder) {
    return folder.settings().get(PORT_SETTING).filter(JsonNumber.class::isInstance)
        .map(n -> ((JsonNumber) n).decimalValue().intValue()).orElse(DEFAULT_PORT);
  }

  public WebhookLimits limits() {
    return limits;
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
    if (limitsProblem != null) {
      problems.accept(limitsProblem);
    }
    // workers run flows; Jetty takes one acceptor and one selector thread from the same pool
    QueuedThreadPool pool = new QueuedThreadPool(threads + 8, Math.min(threads + 8, 8));
    pool.setName("webhook");
    pool.setDaemon(true);
    Server created = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(WebhookLimits.MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector listening = new ServerConnector(created, 1, 1, new HttpConnectionFactory(http));
    listening.setHost("127.0.0.1");
    listening.setPort(requestedPort);
    listening.setIdleTimeout(limits.idleTimeout().toMillis());
    listening.setAcceptQueueSize(256);
    ConnectionGuard watching = new ConnectionGuard(limits.headerTimeout());
    listening.addEventListener(watching);
    created.addConnector(listening);
    created.addBean(new NetworkConnectionLimit(limits.maxConnections() + ACCEPTED_OVER_LIMIT, listening));
    ExecutorService async = Executors.newFixedThreadPool(threads, named("webhook-async-"));
    Consumer<String> sink = problems;
    created.setHandler(new TriggerEndpoint(runtime, async, limits, watching, m -> sink.accept(m)));
    created.setErrorHandler(new WebhookErrorHandler());
    created.setStopTimeout(2000);
    try {
      created.start();
    } catch (Exception failed) {
      stopQuietly(created);
      async.shutdownNow();
      BindException inUse = bindFailure(failed);
      if (inUse != null) {
        throw new PortInUseException(requestedPort, inUse);
      }
      throw failed instanceof IOException io ? io : new IOException("the webhook server did not start: " + failed, failed);
    }
    watching.start();
    server = created;
    connector = listening;
    guard = watching;
    background = async;
  }

  /** Stops listening, lets running requests finish briefly, and waits for async runs to end. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    stopQuietly(server);
    if (guard != null) {
      guard.close();
    }
    shutDown(background);
    server = null;
    connector = null;
    guard = null;
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
    return connector == null ? requestedPort : connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port>/flows/trigger/}. */
  public URI triggerBase() {
    return URI.create("http://127.0.0.1:" + port() + "/flows/trigger/");
  }

  private static @Nullable BindException bindFailure(Throwable failed) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        return bind;
      }
    }
    return null;
  }

  private static void stopQuietly(Server running) {
    try {
      running.stop();
    } catch (Exception ignored) {
      // stopping: connections that fail to close are closed with the JVM
    }
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
