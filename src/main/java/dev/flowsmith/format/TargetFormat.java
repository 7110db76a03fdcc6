package dev.flowsmith.format;

import java.util.Arrays;
import java.util.Optional;

/** The formats Flowsmith writes; each can be read back by {@link FlowReader}. */
public enum TargetFormat {
  CANONICAL("canonical", "Flowsmith / Directus API document (one flow, or an array)"),
  STUDIO_BUNDLE("studio", "Directus Studio export bundle, version 2"),
  STUDIO_BUNDLE_V1("studio-v1", "Directus Studio export bundle, version 1 (one flow)"),
  REST_RESPONSE("rest", "REST response {\"data\": …}"),
  IMPORT_BATCH("import", "POST /utils/import batch"),
  TEMPLATE_FOLDER("template", "directus-template-cli folder (flows.json + operations.json)");

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

  public static Optional<TargetFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
