package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Studio export bundles (format.md §10.2) for tests: Flowsmith still reads the bundle
 * but no longer writes it, as no Directus 11.11 endpoint imports it.
 */
public final class StudioBundles {

  private static final List<String> FLOW_FIELDS = List.of("id", "name", "icon", "color", "description",
      "trigger", "accountability", "options", "operation");
  private static final List<String> OPERATION_FIELDS = List.of("id", "name", "key", "type", "position_x",
      "position_y", "options", "resolve", "reject", "flow");

  private StudioBundles() {}

  /** {@code {"version": 2, "flows": [{"flow", "operations"}…]}}. */
  public static String v2(List<Flow> flows) {
    List<JsonValue> entries = new ArrayList<>();
    for (Flow flow : flows) {
      entries.add(JsonObject.builder().put("flow", flow(flow)).put("operations", operations(flow)).build());
    }
    return JsonText.pretty(JsonObject.builder().put("version", JsonValue.of(2)).put("flows", new JsonArray(entries))
        .build());
  }

  /** {@code {"version": 1, "flow", "operations"}}, one flow. */
  public static String v1(Flow flow) {
    return JsonText.pretty(JsonObject.builder().put("version", JsonValue.of(1)).put("flow", flow(flow))
        .put("operations", operations(flow)).build());
  }

  private static JsonObject flow(Flow flow) {
    return pick(FlowCodec.flowFields(flow).build(), FLOW_FIELDS);
  }

  private static JsonArray operations(Flow flow) {
    List<JsonValue> ops = new ArrayList<>();
    FlowCodec.sortedOperations(flow).forEach(op -> ops.add(pick(FlowCodec.writeOperation(op), OPERATION_FIELDS)));
    return new JsonArray(ops);
  }

  private static JsonObject pick(JsonObject source, List<String> names) {
    JsonObject.Builder out = JsonObject.builder();
    names.forEach(name -> out.put(name, source.get(name).orElse(JsonValue.NULL)));
    return out.build();
  }
}
