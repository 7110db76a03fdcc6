package dev.flowsmith.engine.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Key masking of engine.md §5.7 and §8.2: a value under one of the listed keys is replaced by
 * {@code --redacted--} when that key is a direct child of the named parent key, at any depth
 * ({@code payload.password} anywhere, but not {@code payload.nested.password}).
 */
public final class Redaction {

  public static final String REDACTED = "--redacted--";

  /** A key to mask when it sits directly under {@code parent}. */
  public record KeyPath(String parent, String key) {}

  /** engine.md §5.7: the keys masked in the log operation's render scope [api ≥ 28, Directus 11]. */
  public static final Set<KeyPath> LOG_SCOPE_KEYS = Set.of(
      new KeyPath("headers", "authorization"), new KeyPath("headers", "cookie"),
      new KeyPath("query", "access_token"), new KeyPath("payload", "password"),
      new KeyPath("payload", "token"), new KeyPath("payload", "tfa_secret"),
      new KeyPath("payload", "external_identifier"), new KeyPath("payload", "auth_data"));

  /** engine.md §8.2: the keys masked in the run log's {@code data} in Directus 11.11. */
  public static final Set<KeyPath> RUN_LOG_KEYS = Set.of(
      new KeyPath("headers", "authorization"), new KeyPath("headers", "cookie"),
      new KeyPath("query", "access_token"), new KeyPath("payload", "password"));

  private Redaction() {}

  /**
   * engine.md §5.7: the render scope of a {@code log} operation — the chain as the log serializer
   * copies it (errors as {name, message, stack?}, no env masking), with {@link #LOG_SCOPE_KEYS} masked.
   */
  public static JsObject logScope(JsObject chain) {
    return (JsObject) redact(LogSerializer.serialize(chain), LOG_SCOPE_KEYS);
  }

  /** A copy of {@code value} with the listed keys masked; errors and dates are not descended. */
  public static JsValue redact(JsValue value, Set<KeyPath> keys) {
    return redact(value, null, keys);
  }

  private static JsValue redact(JsValue value, @Nullable String parent, Set<KeyPath> keys) {
    if (value instanceof JsObject object) {
      JsObject.Builder members = JsObject.builder();
      object.members().forEach((key, member) -> members.put(key,
          parent != null && keys.contains(new KeyPath(parent, key))
              ? JsValue.of(REDACTED)
              : redact(member, key, keys)));
      return members.build();
    }
    if (value instanceof JsArray array) {
      List<JsValue> elements = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        elements.add(redact(array.get(i), Integer.toString(i), keys));
      }
      return new JsArray(elements);
    }
    return value;
  }
}
