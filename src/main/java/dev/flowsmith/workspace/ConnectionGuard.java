package dev.flowsmith.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;

/**
 * Counts the webhook server's open connections and closes those that take too long to send a
 * request head. Jetty's idle timeout alone does not stop a client that sends one byte just before
 * each timeout; Node has {@code headersTimeout} for that and Jetty has no equivalent. A connection
 * waits for a head from the moment it opens and again from the end of each answer; a sweep four
 * times a second closes those past the deadline, without an answer as Jetty's idle timeout does
 * (Node answers a bare 408 there).
 */
final class ConnectionGuard implements Connection.Listener, AutoCloseable {

  private final long headerTimeoutNanos;
  private final AtomicInteger open = new AtomicInteger();
  /** Connections waiting for a request head, with the nano time they must have it by. */
  private final Map<Connection, Long> awaitingHead = new ConcurrentHashMap<>();
  private @Nullable ScheduledExecutorService sweeper;

  ConnectionGuard(java.time.Duration headerTimeout) {
    this.headerTimeoutNanos = headerTimeout.toNanos();
  }

  synchronized void start() {
    if (sweeper == null) {
      sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "webhook-header-timeout");
        thread.setDaemon(true);
        return thread;
      });
      sweeper.scheduleWithFixedDelay(this::sweep, 250, 250, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void close() {
    if (sweeper != null) {
      sweeper.shutdownNow();
      sweeper = null;
    }
    awaitingHead.clear();
  }

  @Override
  public void onOpened(Connection connection) {
    open.incrementAndGet();
    awaitingHead.put(connection, System.nanoTime() + headerTimeoutNanos);
  }

  @Override
  public void onClosed(Connection connection) {
    open.decrementAndGet();
    awaitingHead.remove(connection);
  }

  /** Open connections, the one asking included. */
  int open() {
    return open.get();
  }

  /** The request's head is in: its connection has no head deadline until the answer is complete. */
  void headReceived(Request request) {
    Connection connection = request.getConnectionMetaData().getConnection();
    awaitingHead.remove(connection);
    Request.addCompletionListener(request, failure -> {
      if (connection.getEndPoint().isOpen()) {
        awaitingHead.put(connection, System.nanoTime() + headerTimeoutNanos);
      }
    });
  }

  void sweep() {
    long now = System.nanoTime();
    awaitingHead.forEach((connection, deadline) -> {
      if (!connection.getEndPoint().isOpen()) {
        awaitingHead.remove(connection);
      } else if (now - deadline > 0) {
        awaitingHead.remove(connection);
        // as Jetty's own idle timeout ends a connection with half a head: closed without an answer
        // (closing the connection itself would make Jetty answer a 500 for the half request)
        TimeoutException late = new TimeoutException("no request head within the header timeout");
        if (connection.onIdleExpired(late)) {
          connection.getEndPoint().close(late);
        }
      }
    });
  }
}
