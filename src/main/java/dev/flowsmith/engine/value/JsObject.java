package dev.flowsmith.engine.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plain JS object: an immutable map in JS own-property order (engine.md §1.4): array-index keys
 * ({@code "0"}, {@code "2"}, …) first in ascending numeric order, then the other keys in insertion
 * order. Members may hold {@link JsValue#UNDEFINED} (the key then exists but JSON drops it).
 */
public record JsObject(Map<String, JsValue> members) implements JsValue {

  public static final JsObject EMPTY = new JsObject(Map.of());

  /** Largest array index: 2^32 - 2. */
  private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

  public JsObject {
    // a data chain snapshot is immutable and in JS order already: shared, not copied (DataChain)
    members = members instanceof ChainMembers ? members : Collections.unmodifiableMap(inJsOrder(members));
  }

  public static JsObject of(String key, JsValue value) {
    return builder().put(key, value).build();
  }

  public static JsObject of(String key1, JsValue value1, String key2, JsValue value2) {
    return builder().put(key1, value1).put(key2, value2).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** True if the key exists, even with an undefined value (JS {@code key in obj} for own keys). */
  public boolean has(String key) {
    return members.containsKey(key);
  }

  /** The member, or undefined when the key is absent. */
  public JsValue get(String key) {
    JsValue value = members.get(key);
    return value == null ? JsValue.UNDEFINED : value;
  }

  public Set<String> keys() {
    return members.keySet();
  }

  public int size() {
    return members.size();
  }

  /** A copy with one member set: replaced in place, or added (JS assignment). */
  public JsObject with(String key, JsValue value) {
    Map<String, JsValue> copy = new LinkedHashMap<>(members);
    copy.put(key, Objects.requireNonNull(value, key));
    return new JsObject(copy);
  }

  public JsObject without(String key) {
    Map<String, JsValue> copy = new LinkedHashMap<>(members);
    copy.remove(key);
    return new JsObject(copy);
  }

  /** A canonical array index: {@code "0"} or digits without a leading zero, at most 2^32 - 2. */
  public static boolean isArrayIndex(String key) {
    int length = key.length();
    if (length == 0 || length > 10 || key.charAt(0) == '0' && length > 1) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return Long.parseLong(key) <= MAX_ARRAY_INDEX;
  }

  private static Map<String, JsValue> inJsOrder(Map<String, JsValue> members) {
    List<String> indexKeys = null;
    for (Map.Entry<String, JsValue> member : members.entrySet()) {
      Objects.requireNonNull(member.getValue(), member.getKey());
      if (isArrayIndex(member.getKey())) {
        if (indexKeys == null) {
          indexKeys = new ArrayList<>();
        }
        indexKeys.add(member.getKey());
      }
    }
    if (indexKeys == null) {
      return new LinkedHashMap<>(members); // the common case: no index keys, the order stays
    }
    Map<String, JsValue> ordered = new LinkedHashMap<>();
    indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    for (String key : indexKeys) {
      ordered.put(key, members.get(key));
    }
    members.forEach((key, value) -> {
      if (!isArrayIndex(key)) {
        ordered.put(key, value);
      }
    });
    return ordered;
  }

  /** Collects members like JS assignments: a repeated key keeps its first position, last value. */
  public static final class Builder {
    private final Map<String, JsValue> members = new LinkedHashMap<>();

    public Builder put(String key, JsValue value) {
      members.put(key, Objects.requireNonNull(value, key));
      return this;
    }

    public Builder put(String key, String value) {
      return put(key, JsValue.of(value));
    }

    public Builder put(String key, double value) {
      return put(key, JsValue.of(value));
    }

    public Builder putAll(JsObject other) {
      members.putAll(other.members());
      return this;
    }

    public JsObject build() {
      return new JsObject(members);
    }
  }
}
