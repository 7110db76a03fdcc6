package dev.flowsmith.workspace;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.jspecify.annotations.Nullable;

/**
 * Who calls the desktop's webhook server, as {@code $accountability} (engine.md §3.6).
 *
 * <p>The server listens on loopback only and has no login, so no caller carries a token. We map:
 * <ul>
 *   <li><b>webhook flows → anonymous</b> ({@code admin: false}). That is what a deployed Directus
 *       gives the callers webhooks are made for (a website form, another service without a
 *       token), so {@code $trigger}-permission item steps and the §4.6 error bodies (generic 500
 *       message for non-admins) behave here as they will in production.</li>
 *   <li><b>manual flows → the desktop's single admin user</b>. In Directus only a signed-in app
 *       user presses the button (§3.5 rejects callers who cannot read the collection); on the
 *       desktop that user is the one admin, so the §3.5 permission checks always pass.</li>
 * </ul>
 * Both carry the caller's address and, when sent, {@code userAgent} and {@code origin}, as the
 * Directus accountability object does.
 */
final class LocalCallers {

  private LocalCallers() {}

  /** {@code {role:null,user:null,roles:[],admin:false,app:false,ip,userAgent?,origin?}}. */
  static JsObject anonymous(String ip, @Nullable String userAgent, @Nullable String origin) {
    return caller(false, ip, userAgent, origin);
  }

  /** The desktop's admin user: {@code admin: true, app: true} (it is an app user), no role or id. */
  static JsObject admin(String ip, @Nullable String userAgent, @Nullable String origin) {
    return caller(true, ip, userAgent, origin);
  }

  private static JsObject caller(boolean admin, String ip, @Nullable String userAgent, @Nullable String origin) {
    JsObject.Builder object = JsObject.builder()
        .put("role", JsValue.NULL)
        .put("user", JsValue.NULL)
        .put("roles", JsArray.EMPTY)
        .put("admin", JsValue.of(admin))
        .put("app", JsValue.of(admin))
        .put("ip", ip);
    if (userAgent != null) {
      object.put("userAgent", userAgent);
    }
    if (origin != null) {
      object.put("origin", origin);
    }
    return object.build();
  }
}
