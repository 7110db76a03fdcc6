package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.HttpOutcome;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers for requests it refuses itself — a malformed request line, a bad chunk, an
 * invalid or huge Content-Length, a header section over 16 KB — in Directus's
 * {@code {"errors": […]}} shape instead of Jetty's HTML page, with Node's status codes (400, 431).
 */
final class WebhookErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (request.getAttribute(ERROR_STATUS) instanceof Integer code) {
      status = code;
    }
    Object message = request.getAttribute(ERROR_MESSAGE);
    TriggerEndpoint.send(response, callback, outcome(status, message == null ? null : message.toString()),
        status != HttpStatus.INTERNAL_SERVER_ERROR_500);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    String body = outcome(status, reason).body();
    return ByteBuffer.wrap((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpOutcome outcome(int status, String reason) {
    if (status >= 500) {
      return HttpErrors.of(status, "An unexpected error occurred.", "INTERNAL_SERVER_ERROR");
    }
    String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return HttpErrors.badFraming(status, why);
  }
}
