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

  /** Directus's ContentTooLargeError for a body over MAX_PAYLOAD_SIZE (engine.md §9: 1 MB). */
  static final HttpOutcome TOO_LARGE = of(413, "Uploaded content is too large.", "CONTENT_TOO_LARGE");

  static HttpOutcome routeNotFound(String path) {
    return of(404, "Route " + path + " doesn't exist.", "ROUTE_NOT_FOUND");
  }

  /** Directus's InvalidPayloadError, which its JSON body parser raises for malformed JSON. */
  static HttpOutcome invalidPayload(String reason) {
    return of(400, "Invalid payload. " + reason + ".", "INVALID_PAYLOAD");
  }

  /** A flow Flowsmith refuses to run (a loop, a dangling link): Directus could not even load it. */
  static HttpOutcome unrunnable(String reason) {
    return of(500, reason, "INTERNAL_SERVER_ERROR");
  }

  static HttpOutcome of(int status, String message, String code) {
    JsObject entry = JsObject.of("message", JsValue.of(message), "extensions", JsObject.of("code", JsValue.of(code)));
    return new HttpOutcome(status, JsJson.stringify(JsObject.of("errors", JsArray.of(entry))).orElseThrow());
  }
}
