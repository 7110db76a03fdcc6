package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes flows in each {@link TargetFormat}. Every output is pretty-printed the canonical way
 * (see {@link JsonText#pretty}), so writing the same flows twice gives the same bytes.
 */
public final class FlowWriter {

  /** Flow fields the Studio bundle carries; it leaves out status, dates, creator and folder (format.md §10.2). */
  private static final List<String> BUNDLE_FLOW_FIELDS = List.of("id", "name", "icon", "color", "description",
      "trigger", "accountability", "options", "operation");
  private static final List<String> BUNDLE_OPERATION_FIELDS = List.of("id", "name", "key", "type", "position_x",
      "position_y", "options", "resolve", "reject", "flow");

  private FlowWriter() {}

  /** Writes {@code flows} as text; {@link TargetFormat#TEMPLATE_FOLDER} needs {@link #writeTemplateFolder}. */
  public static String write(List<Flow> flows, TargetFormat format) {
    return JsonText.pretty(switch (format) {
      case CANONICAL -> flows.size() == 1 ? FlowCodec.writeFlow(flows.get(0)) : canonicalArray(flows);
      case STUDIO_BUNDLE -> studioBundle(flows);
      case STUDIO_BUNDLE_V1 -> studioBundleV1(onlyOne(flows, format));
      case REST_RESPONSE -> JsonObject.builder()
          .put("data", flows.size() == 1 ? FlowCodec.writeFlow(flows.get(0)) : canonicalArray(flows)).build();
      case IMPORT_BATCH -> importBatch(flows);
      case TEMPLATE_FOLDER -> throw new IllegalArgumentException("a template is a folder: use writeTemplateFolder");
    });
  }

  /** The canonical document of one flow: what the app saves and the examples use (format.md §10.1). */
  public static String canonical(Flow flow) {
    return JsonText.pretty(FlowCodec.writeFlow(flow));
  }

  private static Flow onlyOne(List<Flow> flows, TargetFormat format) {
    if (flows.size() != 1) {
      throw new IllegalArgumentException(format.description() + " holds exactly one flow, not " + flows.size());
    }
    return flows.get(0);
  }

  private static JsonArray canonicalArray(List<Flow> flows) {
    List<JsonValue> out = new ArrayList<>();
    flows.forEach(f -> out.add(FlowCodec.writeFlow(f)));
    return new JsonArray(out);
  }

  private static JsonObject studioBundle(List<Flow> flows) {
    List<JsonValue> entries = new ArrayList<>();
    for (Flow flow : flows) {
      entries.add(JsonObject.builder().put("flow", bundleFlow(flow)).put("operations", bundleOperations(flow)).build());
    }
    return JsonObject.builder().put("version", JsonValue.of(2)).put("flows", new JsonArray(entries)).build();
  }

  private static JsonObject studioBundleV1(Flow flow) {
    return JsonObject.builder().put("version", JsonValue.of(1)).put("flow", bundleFlow(flow))
        .put("operations", bundleOperations(flow)).build();
  }

  private static JsonObject bundleFlow(Flow flow) {
    return pick(FlowCodec.flowFields(flow).build(), BUNDLE_FLOW_FIELDS);
  }

  private static JsonArray bundleOperations(Flow flow) {
    List<JsonValue> ops = new ArrayList<>();
    FlowCodec.sortedOperations(flow).forEach(op -> ops.add(pick(FlowCodec.writeOperation(op), BUNDLE_OPERATION_FIELDS)));
    return new JsonArray(ops);
  }

  private static JsonObject pick(JsonObject source, List<String> names) {
    JsonObject.Builder out = JsonObject.builder();
    names.forEach(name -> out.put(name, source.get(name).orElse(JsonValue.NULL)));
    return out.build();
  }

  /** A flow row as {@code GET /flows} returns it without nested operations. */
  private static JsonObject flowRow(Flow flow, JsonValue operations) {
    return FlowCodec.flowFields(flow).putAll(flow.extra()).put("operations", operations).build();
  }

  private static List<JsonValue> allOperations(List<Flow> flows) {
    List<JsonValue> ops = new ArrayList<>();
    for (Flow flow : flows) {
      FlowCodec.sortedOperations(flow).forEach(op -> ops.add(FlowCodec.writeOperation(op)));
    }
    return ops;
  }

  private static JsonArray importBatch(List<Flow> flows) {
    List<JsonValue> flowItems = new ArrayList<>();
    for (Flow flow : flows) {
      JsonObject row = flowRow(flow, JsonValue.NULL).without("operations");
      flowItems.add(row);
    }
    return new JsonArray(List.of(
        JsonObject.builder().put("collection", "directus_flows").put("items", new JsonArray(flowItems)).build(),
        JsonObject.builder().put("collection", "directus_operations").put("items", new JsonArray(allOperations(flows)))
            .build()));
  }

  /**
   * Writes a directus-template-cli folder: {@code flows.json} with {@code "operations": null}
   * (the tool nulls the relational list) and {@code operations.json} (format.md §10.3).
   */
  public static void writeTemplateFolder(Path folder, List<Flow> flows) throws IOException {
    Files.createDirectories(folder);
    List<JsonValue> rows = new ArrayList<>();
    flows.forEach(f -> rows.add(flowRow(f, JsonValue.NULL)));
    AtomicFiles.write(folder.resolve("flows.json"), JsonText.pretty(new JsonArray(rows)));
    AtomicFiles.write(folder.resolve("operations.json"), JsonText.pretty(new JsonArray(allOperations(flows))));
  }

  /** Operations of {@code flow} in canonical order (row, column, key). */
  public static List<Operation> canonicalOrder(Flow flow) {
    return FlowCodec.sortedOperations(flow);
  }
}
