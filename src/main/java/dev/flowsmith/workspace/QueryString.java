package dev.flowsmith.workspace;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses a query string the way Express's extended parser ({@code qs}) does for
 * {@code $trigger.query} (engine.md §3.2): {@code a[b]=1} nests, {@code a[]=1} and {@code a[0]=1}
 * make arrays, a repeated key collects its values in an array, every value stays a string.
 * Limits as qs defaults: nesting depth 5 (deeper brackets stay part of the last key), array
 * indexes up to 20 (larger ones make object keys), 1000 parameters.
 */
final class QueryString {

  private static final int DEPTH = 5;
  private static final int ARRAY_LIMIT = 20;
  private static final int PARAMETER_LIMIT = 1000;

  private QueryString() {}

  static JsObject parse(@Nullable String rawQuery) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return JsObject.EMPTY;
    }
    String[] pairs = rawQuery.split("&", PARAMETER_LIMIT + 1);
    for (int i = 0; i < Math.min(pairs.length, PARAMETER_LIMIT); i++) {
      String pair = pairs[i];
      if (pair.isEmpty()) {
        continue;
      }
      // qs splits at the first "=" after the last "]=", so "a[=]=1" keeps its bracket
      int bracketEquals = pair.indexOf("]=");
      int equals = bracketEquals < 0 ? pair.indexOf('=') : bracketEquals + 1;
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (key.isEmpty()) {
        continue;
      }
      Object parsed = nest(segments(key), value);
      @SuppressWarnings("unchecked")
      Map<String, Object> asObject = (Map<String, Object>) parsed;
      root = merge(root, asObject);
    }
    return (JsObject) toJs(root);
  }

  /** "a[b][]" → ["a", "[b]", "[]"]; segments past the depth limit stay one literal segment. */
  static List<String> segments(String key) {
    List<String> parts = new ArrayList<>();
    int open = key.indexOf('[');
    if (open <= 0 || key.indexOf(']', open) < 0) {
      return List.of(key);
    }
    parts.add(key.substring(0, open));
    int at = open;
    while (at >= 0 && at < key.length() && key.charAt(at) == '[' && parts.size() <= DEPTH) {
      int close = key.indexOf(']', at);
      if (close < 0) {
        break;
      }
      parts.add(key.substring(at, close + 1));
      at = close + 1;
    }
    if (at < key.length()) {
      parts.add("[" + key.substring(at) + "]");
    }
    return parts;
  }

  /** Builds the value for one pair from the innermost segment outwards (qs parseObject). */
  private static Object nest(List<String> segments, String value) {
    Object leaf = value;
    for (int i = segments.size() - 1; i >= 0; i--) {
      String segment = segments.get(i);
      String name = i == 0 ? segment : segment.substring(1, segment.length() - 1);
      if (i > 0 && name.isEmpty()) {
        List<Object> array = new ArrayList<>();
        array.add(leaf);
        leaf = array;
      } else if (i > 0 && isIndex(name) && Integer.parseInt(name) <= ARRAY_LIMIT) {
        List<Object> array = new ArrayList<>();
        for (int n = 0; n < Integer.parseInt(name); n++) {
          array.add(null); // a hole, compacted away at the end as qs does
        }
        array.add(leaf);
        leaf = array;
      } else {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(name, leaf);
        leaf = object;
      }
    }
    return leaf;
  }

  private static boolean isIndex(String name) {
    return name.matches("0|[1-9]\\d{0,8}");
  }

  /** qs utils.merge: strings combine into arrays, arrays merge by index, objects by key. */
  @SuppressWarnings("unchecked")
  private static <T> T merge(Object target, Object source) {
    if (!(source instanceof Map) && !(source instanceof List)) {
      if (target instanceof List<?> list) {
        ((List<Object>) list).add(source);
        return (T) list;
      }
      if (target instanceof Map<?, ?> map) {
        ((Map<String, Object>) map).put((String) source, "true");
        return (T) map;
      }
      List<Object> both = new ArrayList<>();
      both.add(target);
      both.add(source);
      return (T) both;
    }
    if (!(target instanceof Map) && !(target instanceof List)) {
      List<Object> combined = new ArrayList<>();
      combined.add(target);
      if (source instanceof List<?> list) {
        combined.addAll(list);
      } else {
        combined.add(source);
      }
      return (T) combined;
    }
    if (target instanceof List<?> targetList && source instanceof List<?> sourceList) {
      List<Object> into = (List<Object>) targetList;
      for (int i = 0; i < sourceList.size(); i++) {
        Object item = sourceList.get(i);
        if (item == null) {
          continue;
        }
        if (i < into.size() && into.get(i) != null) {
          Object existing = into.get(i);
          boolean bothNested = (existing instanceof Map || existing instanceof List)
              && (item instanceof Map || item instanceof List);
          if (bothNested) {
            into.set(i, merge(existing, item));
          } else {
            into.add(item);
          }
        } else {
          while (into.size() <= i) {
            into.add(null);
          }
          into.set(i, item);
        }
      }
      return (T) into;
    }
    Map<String, Object> into = target instanceof List<?> list ? indexed(list) : (Map<String, Object>) target;
    Map<String, Object> from = source instanceof List<?> list ? indexed(list) : (Map<String, Object>) source;
    for (Map.Entry<String, Object> entry : from.entrySet()) {
      Object existing = into.get(entry.getKey());
      into.put(entry.getKey(), existing == null ? entry.getValue() : merge(existing, entry.getValue()));
    }
    return (T) into;
  }

  private static Map<String, Object> indexed(List<?> list) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != null) {
        object.put(Integer.toString(i), list.get(i));
      }
    }
    return object;
  }

  private static JsValue toJs(Object node) {
    if (node instanceof Map<?, ?> map) {
      JsObject.Builder object = JsObject.builder();
      map.forEach((key, value) -> object.put((String) key, toJs(value)));
      return object.build();
    }
    if (node instanceof List<?> list) {
      return new JsArray(list.stream().filter(Objects::nonNull).map(QueryString::toJs).toList());
    }
    return JsValue.of((String) node);
  }

  /** decodeURIComponent after "+" → space; a malformed escape leaves the text as it is (qs). */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text.replace('+', ' ');
    }
  }
}
