package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.HttpOutcome;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;

/** The Directus errors the webhook endpoint answers before or instead of a run, as {@code {"errors": […]}}. */
final class HttpErrors {

  private HttpErrors() {}

  /** engine.md §3.2/§3.5: unknown, inactive, wrong-method flows and failed manual checks. */
  static final HttpOutcome FORBIDDEN = of(403, "You don't have permission to access this.", "FORBIDDEN");

  /**
   * A JSON body over MAX_PAYLOAD_SIZE (engine.md §9: 1 MB). Directus 11.11 answers body-parser's
   * "request entity too large" as an InvalidPayloadError, a 400 (measured: a 2 MB body, declared
   * or chunked, gives exactly this), not as its ContentTooLargeError.
   */
  static final HttpOutcome TOO_LARGE = invalidPayloadBecause("request entity too large");

  static HttpOutcome routeNotFound(String path) {
    return of(404, "Route " + path + " doesn't exist.", "ROUTE_NOT_FOUND");
  }

  /** Directus's InvalidPayloadError, which its JSON body parser raises for malformed JSON. */
  static HttpOutcome invalidPayload(String reason) {
    return of(400, "Invalid payload. " + reason + ".", "INVALID_PAYLOAD");
  }

  /** InvalidPayloadError with its {@code reason} extension, as Directus sends for body-parser's own errors. */
  static HttpOutcome invalidPayloadBecause(String reason) {
    JsObject extensions = JsObject.of("reason", JsValue.of(reason), "code", JsValue.of("INVALID_PAYLOAD"));
    return errors(400, "Invalid payload. " + reason + ".", extensions);
  }

  /** A flow Flowsmith refuses to run (a loop, a dangling link): Directus could not even load it. */
  static HttpOutcome unrunnable(String reason) {
    return of(500, reason, "INTERNAL_SERVER_ERROR");
  }

  /** Directus's ServiceUnavailableError, which its pressure limiter answers when the server is overloaded. */
  static HttpOutcome unavailable(String reason) {
    JsObject extensions = JsObject.builder().put("service", "api").put("reason", reason)
        .put("code", "SERVICE_UNAVAILABLE").build();
    return errors(503, "Service \"api\" is unavailable. " + reason + ".", extensions);
  }

  /**
   * A request Node's HTTP parser refuses before Express sees it. Node answers these with a bare
   * status line; we add a body in Directus's shape, so a client that reads JSON learns why.
   */
  static HttpOutcome badFraming(int status, String reason) {
    return switch (status) {
      case 431 -> of(431, "Request header fields too large. " + reason + ".", "REQUEST_HEADER_FIELDS_TOO_LARGE");
      case 408 -> of(408, "Request timeout. " + reason + ".", "REQUEST_TIMEOUT");
      case 413 -> TOO_LARGE;
      default -> invalidPayloadBecause(reason);
    };
  }

  static HttpOutcome of(int status, String message, String code) {
    return errors(status, message, JsObject.of("code", JsValue.of(code)));
  }

  private static HttpOutcome errors(int status, String message, JsObject extensions) {
    JsObject entry = JsObject.of("message", JsValue.of(message), "extensions", extensions);
    return new HttpOutcome(status, JsJson.stringify(JsObject.of("errors", JsArray.of(entry))).orElseThrow());
  }
}
