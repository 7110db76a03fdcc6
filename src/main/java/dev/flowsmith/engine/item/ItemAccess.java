package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who an item service call acts for, and whether it fires events (ItemsService's
 * {@code accountability} and {@code emitEvents}).
 *
 * @param accountability a Directus accountability object, or null for an unrestricted system call
 * @param emitEvents false: the change fires no events (engine.md §6, "emitEvents")
 */
public record ItemAccess(JsValue accountability, boolean emitEvents) {

  public ItemAccess {
    Objects.requireNonNull(accountability);
  }

  /** No accountability, no events: what a schedule flow with {@code $trigger} permissions uses. */
  public static ItemAccess system() {
    return new ItemAccess(JsValue.NULL, false);
  }

  /** The synthetic admin of {@code permissions: "$full"} (engine.md §6, permission resolution). */
  public static JsObject fullAccountability() {
    return syntheticAccountability(true);
  }

  /** The synthetic public visitor of {@code permissions: "$public"}. */
  public static JsObject publicAccountability() {
    return syntheticAccountability(false);
  }

  /** Null accountability or an admin: no permission checks at all. */
  public boolean unrestricted() {
    return accountability instanceof JsObject object
        ? object.get("admin") instanceof JsBoolean admin && admin.value()
        : true;
  }

  /** {@code accountability.user}, what {@code $CURRENT_USER} and {@code user-created} use. */
  public @Nullable String user() {
    return member("user");
  }

  /** {@code accountability.role}; null for the public. */
  public @Nullable String role() {
    return member("role");
  }

  private @Nullable String member(String key) {
    return accountability instanceof JsObject object && object.get(key) instanceof JsString s
        ? s.value() : null;
  }

  private static JsObject syntheticAccountability(boolean admin) {
    return JsObject.builder()
        .put("role", JsValue.NULL).put("user", JsValue.NULL).put("roles", JsArray.EMPTY)
        .put("admin", JsValue.of(admin)).put("app", JsValue.of(admin)).put("ip", JsValue.NULL)
        .build();
  }
}
