package dev.flowsmith.engine.http;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTTP headers as Node's {@code IncomingMessage} lists them: names in lower case, repeated
 * headers folded by Node's rules. Both directions use it: the request operation's responses
 * (engine.md §6.11) and the webhook server's {@code $trigger.headers} (§3.2).
 */
public final class NodeHeaders {

  /** Headers Node keeps only the first of. */
  private static final Set<String> SINGLE = Set.of("age", "authorization", "content-length",
      "content-type", "etag", "expires", "from", "host", "if-modified-since", "if-unmodified-since",
      "last-modified", "location", "max-forwards", "proxy-authorization", "referer", "retry-after",
      "server", "user-agent");

  private NodeHeaders() {}

  /** Lower-cased names with their values merged, in the order given; HTTP/2 pseudo-headers dropped. */
  public static Map<String, List<String>> lowered(Map<String, List<String>> headers) {
    Map<String, List<String>> lowered = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      if (!name.startsWith(":")) {
        lowered.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values);
      }
    });
    return lowered;
  }

  /** {@code set-cookie} stays a list, single-valued headers keep their first value, others join. */
  public static JsObject toJs(Map<String, List<String>> headers) {
    JsObject.Builder out = JsObject.builder();
    headers.forEach((name, values) -> {
      if (name.equals("set-cookie")) {
        out.put(name, new JsArray(values.stream().<JsValue>map(JsValue::of).toList()));
      } else if (SINGLE.contains(name)) {
        out.put(name, values.get(0));
      } else {
        out.put(name, String.join(name.equals("cookie") ? "; " : ", ", values));
      }
    });
    return out.build();
  }
}
