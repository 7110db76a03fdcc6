package dev.flowsmith.engine.http;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a cap, chunk by chunk as it arrives; one byte more
 * and the download is cancelled, so a huge answer never fills the heap. A declared
 * {@code Content-Length} over the cap fails before any of the body is read.
 */
final class CappedBody {

  /** The body passed the cap; {@link HttpTransport} turns it into the request's rejection. */
  static final class TooLarge extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("response body too large");
    }
  }

  private CappedBody() {}

  static BodyHandler<byte[]> handler(long maxBytes) {
    return info -> {
      long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
      return new Subscriber(maxBytes, declared > maxBytes);
    };
  }

  /**
   * The rejection, shaped as axios' own for {@code maxContentLength} ("maxContentLength size of N
   * exceeded", code ERR_BAD_RESPONSE), with the Flowsmith setting named.
   */
  static JsException error(long maxBytes, JsObject config) {
    return AxiosErrors.created("maxContentLength size of " + maxBytes + " exceeded (the response is larger than "
        + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes; set limits.maxResponseBytes in workspace.json)",
        "ERR_BAD_RESPONSE", config);
  }

  private static final class Subscriber implements BodySubscriber<byte[]> {
    private final long maxBytes;
    private final boolean declaredTooLarge;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Subscriber(long maxBytes, boolean declaredTooLarge) {
      this.maxBytes = maxBytes;
      this.declaredTooLarge = declaredTooLarge;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
      subscription = value;
      if (declaredTooLarge) {
        value.cancel();
        result.completeExceptionally(new TooLarge());
        return;
      }
      value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> chunks) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer chunk : chunks) {
        if (bytes.size() + (long) chunk.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] copy = new byte[chunk.remaining()];
        chunk.get(copy);
        bytes.write(copy, 0, copy.length);
      }
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
