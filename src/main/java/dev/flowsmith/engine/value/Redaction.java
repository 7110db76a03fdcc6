package dev.flowsmith.engine.value;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Key masking of engine.md §5.7 and §8.2, as Directus' {@code redactObject} does it with key
 * paths {@code ["**", parent, key]}: a value is replaced by {@code --redacted--} when its key
 * is one of the listed keys and its object sits under the named parent key, at any depth
 * ({@code payload.password} anywhere, but not {@code payload.nested.password}). Measured on the
 * real function ({@code conformance/run-log-redaction.json}), and reproduced here: keys match
 * case-sensitively; arrays are not descended ({@code items: [{headers: {authorization}}]} stays);
 * inside a {@code payload} object the {@code payload.*} paths are spent, so
 * {@code payload.payload.password} and {@code payload.x.payload.password} stay too (likewise for
 * {@code headers} and {@code query}).
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

  /**
   * Whether the run log masks the value at {@code keyPath} (member names from the chain's top,
   * {@code null} for an array index) — itself or one of its ancestors — by the same rule as
   * {@link #redact}. For marking live values that storage will hide.
   */
  public static boolean masksAt(List<@Nullable String> keyPath, Set<KeyPath> keys) {
    Paths paths = new Paths(keys, Set.of());
    for (String name : keyPath) {
      if (name == null) {
        return false; // arrays are not descended
      }
      if (paths.direct().contains(name)) {
        return true;
      }
      paths = paths.below(name);
    }
    return false;
  }

  /** A copy of {@code value} with the listed keys masked; only objects are descended. */
  public static JsValue redact(JsValue value, Set<KeyPath> keys) {
    return value instanceof JsObject object ? redact(object, new Paths(keys, Set.of())) : value;
  }

  /** Copies only what changes: an object with nothing masked in it is returned as it is. */
  private static JsObject redact(JsObject object, Paths paths) {
    JsObject.Builder changed = null;
    int position = 0;
    for (Map.Entry<String, JsValue> entry : object.members().entrySet()) {
      String key = entry.getKey();
      JsValue member = entry.getValue();
      JsValue kept = paths.direct().contains(key) ? JsValue.of(REDACTED)
          : member instanceof JsObject child && !paths.deep().isEmpty() ? redact(child, paths.below(key)) : member;
      if (changed == null && kept != member) {
        changed = JsObject.builder();
        int copied = 0;
        for (Map.Entry<String, JsValue> before : object.members().entrySet()) {
          if (copied++ == position) {
            break;
          }
          changed.put(before.getKey(), before.getValue());
        }
      }
      if (changed != null) {
        changed.put(key, kept);
      }
      position++;
    }
    return changed == null ? object : changed.build();
  }

  /**
   * Where the search stands in one object.
   *
   * @param deep the (parent, key) paths still looked for anywhere below
   * @param direct the keys to mask among this object's own members (its key was their parent)
   */
  private record Paths(Set<KeyPath> deep, Set<String> direct) {

    /** The paths inside member {@code key}: its listed children are direct, its deep paths spent. */
    Paths below(String key) {
      Set<KeyPath> childDeep = new HashSet<>();
      Set<String> childDirect = new HashSet<>();
      for (KeyPath path : deep) {
        if (path.parent().equals(key)) {
          childDirect.add(path.key());
        } else {
          childDeep.add(path);
        }
      }
      return new Paths(childDeep, childDirect);
    }
  }
}
