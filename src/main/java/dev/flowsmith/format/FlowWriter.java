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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes flows in each {@link TargetFormat}. Every output is pretty-printed the canonical way
 * (see {@link JsonText#pretty}), so writing the same flows twice gives the same bytes.
 */
public final class FlowWriter {

  /** Fields Directus fills in itself; an import naming a user the target lacks would fail. */
  private static final List<String> SERVER_FILLED = List.of("date_created", "user_created");
  private static final String TEMPLATE_META = "template-meta.json";
  /** directus-template-cli's components, in the order of its {@code componentNames}. */
  private static final List<String> TEMPLATE_COMPONENTS = List.of("schema", "content", "files", "flows",
      "dashboards", "permissions", "settings", "extensions", "users");

  private FlowWriter() {}

  /** Writes {@code flows} as text; {@link TargetFormat#TEMPLATE_FOLDER} needs {@link #writeTemplateFolder}. */
  public static String write(List<Flow> flows, TargetFormat format) {
    return JsonText.pretty(switch (format) {
      case CANONICAL -> flows.size() == 1 ? FlowCodec.writeFlow(flows.get(0)) : canonicalArray(flows);
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

  private static JsonArray canonicalArray(List<Flow> flows) {
    List<JsonValue> out = new ArrayList<>();
    flows.forEach(f -> out.add(FlowCodec.writeFlow(f)));
    return new JsonArray(out);
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
    return new JsonArray(List.of(
        JsonObject.builder().put("collection", "directus_flows").put("items", importFlows(flows)).build(),
        JsonObject.builder().put("collection", "directus_operations").put("items", importOperations(flows)).build()));
  }

  /** The flow items for {@code POST /utils/import/directus_flows}: the flows' columns, without operations. */
  private static JsonArray importFlows(List<Flow> flows) {
    List<JsonValue> items = new ArrayList<>();
    for (Flow flow : flows) {
      JsonObject row = flowRow(flow, JsonValue.NULL).without("operations");
      for (String field : SERVER_FILLED) {
        row = row.without(field);
      }
      items.add(row);
    }
    return new JsonArray(items);
  }

  /** The operation items for {@code POST /utils/import/directus_operations}, targets first. */
  private static JsonArray importOperations(List<Flow> flows) {
    List<JsonValue> items = new ArrayList<>();
    for (Operation op : ImportOrder.targetsFirst(flows)) {
      JsonObject row = FlowCodec.writeOperation(op);
      for (String field : SERVER_FILLED) {
        row = row.without(field);
      }
      items.add(row);
    }
    return new JsonArray(items);
  }

  /**
   * Writes what Directus 11.11 imports: {@code directus_flows.json} and {@code directus_operations.json},
   * one upload each to {@code POST /utils/import/directus_flows}, then {@code …/directus_operations}
   * (multipart, field {@code file}). Operations come after the operations they resolve or reject
   * to, the order in which the server accepts them.
   *
   * @throws IllegalArgumentException when a link loops or points at no operation (no order works)
   */
  public static void writeImportFolder(Path folder, List<Flow> flows) throws IOException {
    JsonArray operations = importOperations(flows);
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(folder.resolve(FlowReader.IMPORT_FLOWS), JsonText.pretty(importFlows(flows)));
    files.put(folder.resolve(FlowReader.IMPORT_OPERATIONS), JsonText.pretty(operations));
    AtomicFiles.writeAll(AtomicFiles.utf8(files)); // both staged before either replaces a file
  }

  /**
   * Writes a directus-template-cli template of these flows, the layout its {@code extract} writes
   * and {@code apply} reads: {@code package.json} ({@code templateName}, {@code directusTemplate}),
   * {@code src/flows.json} with {@code "operations": null} (the tool nulls the relational list),
   * {@code src/operations.json} and {@code src/template-meta.json} marking a partial template of
   * flows only, so {@code apply} loads the flows without asking for a schema (format.md §10.3).
   * An existing {@code package.json} or {@code template-meta.json} is kept: flows can be written
   * into a template that holds more. The template is named after the one flow, or the folder.
   */
  public static void writeTemplateFolder(Path folder, List<Flow> flows) throws IOException {
    writeTemplateFolder(folder, flows, flows.size() == 1 ? flows.get(0).name() : folderName(folder));
  }

  private static String folderName(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "Flows" : name.toString();
  }

  /** {@link #writeTemplateFolder(Path, List)} with the {@code templateName} package.json gives. */
  public static void writeTemplateFolder(Path folder, List<Flow> flows, String templateName) throws IOException {
    Path src = folder.resolve("src");
    List<JsonValue> rows = new ArrayList<>();
    flows.forEach(f -> rows.add(flowRow(f, JsonValue.NULL)));
    // one unit (AtomicFiles.writeAll): all staged first, then renamed, operations before the
    // flows that name them, the template's marker files last
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(src.resolve("operations.json"), JsonText.pretty(new JsonArray(allOperations(flows))));
    files.put(src.resolve("flows.json"), JsonText.pretty(new JsonArray(rows)));
    if (!Files.exists(src.resolve(TEMPLATE_META))) {
      files.put(src.resolve(TEMPLATE_META), JsonText.pretty(templateMeta()));
    }
    if (!Files.exists(folder.resolve("package.json"))) {
      files.put(folder.resolve("package.json"), JsonText.pretty(packageJson(templateName)));
    }
    AtomicFiles.writeAll(AtomicFiles.utf8(files));
  }

  private static JsonObject templateMeta() {
    JsonObject.Builder components = JsonObject.builder();
    TEMPLATE_COMPONENTS.forEach(c -> components.put(c, JsonValue.of(c.equals("flows"))));
    return JsonObject.builder()
        .put("allowBrokenRelations", JsonValue.FALSE)
        .put("components", components.build())
        .put("partial", JsonValue.TRUE)
        .put("relationStrategy", "preserve")
        .put("version", JsonValue.of(2))
        .put("warnings", JsonArray.EMPTY)
        .build();
  }

  private static JsonObject packageJson(String templateName) {
    String slug = templateName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return JsonObject.builder()
        .put("author", "")
        .put("description", "")
        .put("directusTemplate", JsonValue.TRUE)
        .put("files", JsonArray.ofStrings(List.of("src")))
        .put("name", "directus-template-" + (slug.isEmpty() ? "flows" : slug))
        .put("templateName", templateName)
        .put("version", "1.0.0")
        .build();
  }

  /** Operations of {@code flow} in canonical order (row, column, key). */
  public static List<Operation> canonicalOrder(Flow flow) {
    return FlowCodec.sortedOperations(flow);
  }
}
