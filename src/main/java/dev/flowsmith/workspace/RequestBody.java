package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.HttpOutcome;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without holding a thread while the client is slow: each time no bytes
 * are there it asks Jetty to call back when some are, so a client that sends half a body costs
 * a buffer, not a worker, until the idle timeout ends it. Stops at {@code maxBytes + 1}.
 */
final class RequestBody {

  /** What became of the body: its bytes, or the answer to give instead, or nothing (the client went away). */
  interface Outcome {
    void body(byte[] bytes);

    void refused(HttpOutcome answer);

    void broken(Throwable failure);
  }

  private final Request request;
  private final int maxBytes;
  private final Outcome outcome;
  private byte[] bytes;
  private int size;

  private RequestBody(Request request, int maxBytes, Outcome outcome) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.outcome = outcome;
    long declared = request.getLength();
    this.bytes = new byte[declared >= 0 && declared <= maxBytes ? (int) declared : Math.min(maxBytes, 8192)];
  }

  /** Starts reading; {@code outcome} is called once, on this thread or on a Jetty worker. */
  static void read(Request request, int maxBytes, Outcome outcome) {
    new RequestBody(request, maxBytes, outcome).readAvailable();
  }

  private void readAvailable() {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this::readAvailable);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        failed(chunk.getFailure());
        return;
      }
      boolean tooLarge = !append(chunk.getByteBuffer());
      boolean last = chunk.isLast();
      chunk.release();
      if (tooLarge) {
        outcome.refused(HttpErrors.TOO_LARGE);
        return;
      }
      if (last) {
        outcome.body(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
        return;
      }
    }
  }

  private boolean append(ByteBuffer buffer) {
    int n = buffer.remaining();
    if ((long) size + n > maxBytes) {
      return false;
    }
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max((long) bytes.length * 2, size + n)));
    }
    buffer.get(bytes, size, n);
    size += n;
    return true;
  }

  private void failed(Throwable failure) {
    HttpException framing = failure instanceof HttpException http ? http
        : failure.getCause() instanceof HttpException cause ? cause : null;
    if (framing != null) {
      outcome.refused(HttpErrors.badFraming(framing.getCode(), framing.getReason()));
    } else if (failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException) {
      outcome.refused(HttpErrors.badFraming(408, "The body did not arrive in time"));
    } else {
      outcome.broken(failure);
    }
  }
}
