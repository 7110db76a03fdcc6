package dev.flowsmith.format;

import java.util.Arrays;
import java.util.Optional;

/** The formats Flowsmith writes; each can be read back by {@link FlowReader}. */
public enum TargetFormat {
  CANONICAL("canonical", "Flowsmith / Directus API document (one flow, or an array)"),
  REST_RESPONSE("rest", "REST response {\"data\": …}"),
  /**
   * What Directus imports: with a folder, {@code directus_flows.json} + {@code directus_operations.json}
   * for {@code POST /utils/import/:collection}; as one file, the multi-collection batch. Operations
   * come after the operations they point to.
   */
  IMPORT_BATCH("import", "Directus import (directus_flows.json + directus_operations.json)"),
  TEMPLATE_FOLDER("template", "directus-template-cli template (package.json + src/flows.json, src/operations.json)");

  /** Ids of formats read but no longer written, with the reason given to whoever asks for them. */
  private static final java.util.Map<String, String> READ_ONLY = java.util.Map.of(
      "studio", "the Studio bundle", "studio-v1", "the Studio bundle");

  private final String id;
  private final String description;

  TargetFormat(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** The ids of every format, comma-separated, for messages and help. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(TargetFormat::id).toList());
  }

  /**
   * Why {@code id} is not written, when it names a format Flowsmith only reads: Directus 11.11
   * imports no Studio bundle ({@code POST /utils/import} is 404, and {@code /utils/import/directus_flows}
   * wants a top-level array of items).
   */
  public static Optional<String> whyNotWritten(String id) {
    if (!READ_ONLY.containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of("'" + id + "' is no longer written: Directus 11.11 cannot import " + READ_ONLY.get(id)
        + " (POST /utils/import answers 404, and /utils/import/directus_flows wants a top-level array);"
        + " Flowsmith still reads it. Write one of: " + ids()
        + " (import gives the two files /utils/import/directus_flows and /directus_operations take)");
  }

  public static Optional<TargetFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
