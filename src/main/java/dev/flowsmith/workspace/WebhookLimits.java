package dev.flowsmith.workspace;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.time.Duration;
import java.util.Optional;

/**
 * What the webhook server allows one client, so slow or hostile clients cannot hold it up.
 * Header limits are Node 22's (what Directus answers): a header section over 16 KB or more than
 * 1,000 header fields is 431. The body limit is Directus's {@code MAX_PAYLOAD_SIZE} (1 MB). The
 * connection limit and the timeouts have no Directus equivalent that a client sees in time (Node
 * waits 60 s for headers and 300 s for a request); ours are shorter because the server runs flows
 * on a desktop.
 *
 * <p>Set in {@code workspace.json} as {@code "webhookLimits": {"maxConnections": 512,
 * "idleTimeoutSeconds": 10, "headerTimeoutSeconds": 10, "maxBodyBytes": 1048576}}; a member left out
 * keeps its default.
 *
 * @param maxConnections open connections past which a request is answered 503
 * @param idleTimeout how long a connection may send or accept nothing before it is closed
 * @param headerTimeout how long a client has to send a whole request head, from connecting or
 *     from the end of its previous answer
 * @param maxBodyBytes the largest JSON body; a larger one is refused before it is read
 */
public record WebhookLimits(int maxConnections, Duration idleTimeout, Duration headerTimeout, int maxBodyBytes) {

  public static final String SETTING = "webhookLimits";
  /** Node 22's {@code --max-http-header-size}: request line and headers together. */
  public static final int MAX_HEADER_BYTES = 16 * 1024;
  /** Node answers 431 from the 1,001st header field on (measured on Directus 11.11). */
  public static final int MAX_HEADERS = 1000;
  public static final WebhookLimits DEFAULTS =
      new WebhookLimits(512, Duration.ofSeconds(10), Duration.ofSeconds(10), WebhookServer.MAX_BODY_BYTES);

  public WebhookLimits {
    if (maxConnections < 1 || idleTimeout.isNegative() || idleTimeout.isZero() || headerTimeout.isNegative()
        || headerTimeout.isZero() || maxBodyBytes < 0) {
      throw new IllegalArgumentException("bad webhook limits: " + maxConnections + " connections, idle "
          + idleTimeout + ", header " + headerTimeout + ", body " + maxBodyBytes);
    }
  }

  /**
   * The {@code webhookLimits} setting over the defaults.
   *
   * @throws IllegalArgumentException naming the member when a value is not a whole number in range
   */
  public static WebhookLimits from(JsonObject settings) {
    Optional<JsonValue> setting = settings.get(SETTING);
    if (setting.isEmpty() || setting.get() == JsonValue.NULL) {
      return DEFAULTS;
    }
    if (!(setting.get() instanceof JsonObject limits)) {
      throw new IllegalArgumentException("workspace.json: \"" + SETTING + "\" must be an object, not "
          + setting.get().typeName());
    }
    for (String name : limits.members().keySet()) {
      if (!java.util.Set.of("maxConnections", "idleTimeoutSeconds", "headerTimeoutSeconds", "maxBodyBytes")
          .contains(name)) {
        throw new IllegalArgumentException("workspace.json: " + SETTING + "." + name + " is not a webhook limit"
            + " (known: maxConnections, idleTimeoutSeconds, headerTimeoutSeconds, maxBodyBytes)");
      }
    }
    return new WebhookLimits(
        whole(limits, "maxConnections", 1, 100_000, DEFAULTS.maxConnections),
        Duration.ofSeconds(whole(limits, "idleTimeoutSeconds", 1, 3600, (int) DEFAULTS.idleTimeout.toSeconds())),
        Duration.ofSeconds(whole(limits, "headerTimeoutSeconds", 1, 3600, (int) DEFAULTS.headerTimeout.toSeconds())),
        whole(limits, "maxBodyBytes", 0, Integer.MAX_VALUE - 1, DEFAULTS.maxBodyBytes));
  }

  private static int whole(JsonObject limits, String name, int min, int max, int fallback) {
    Optional<JsonValue> value = limits.get(name);
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.get() instanceof JsonNumber number && number.isIntegral()
        && number.decimalValue().compareTo(java.math.BigDecimal.valueOf(min)) >= 0
        && number.decimalValue().compareTo(java.math.BigDecimal.valueOf(max)) <= 0) {
      return number.decimalValue().intValueExact();
    }
    throw new IllegalArgumentException("workspace.json: " + SETTING + "." + name + " must be a whole number from "
        + min + " to " + max + ", not " + describe(value.get()));
  }

  private static String describe(JsonValue value) {
    return value instanceof JsonNumber number ? number.decimalValue().toPlainString() : value.typeName();
  }
}
