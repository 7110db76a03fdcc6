package dev.flowsmith.format;

/** The interchange formats Flowsmith reads (format.md §8, §10). */
public enum SourceFormat {
  /** One flow with nested operations: {@code GET /flows/:id?fields=*,operations.*} → data (§10.1). */
  CANONICAL("canonical flow document"),
  /** An array of canonical flows (multi-flow export, §10.1). */
  CANONICAL_ARRAY("array of canonical flow documents"),
  /** A REST response {@code {"data": …}}, one flow or many (§8). */
  REST_RESPONSE("Directus REST response"),
  /** {@code {"version": 1, "flow", "operations"}} (§10.2). */
  STUDIO_BUNDLE_V1("Directus Studio export bundle (version 1)"),
  /** {@code {"version": 2, "flows": [{"flow", "operations"}]}} (§10.2). */
  STUDIO_BUNDLE_V2("Directus Studio export bundle (version 2)"),
  /** The {@code POST /utils/import} batch: {@code [{"collection", "items"}…]} (§9.2). */
  IMPORT_BATCH("Directus multi-collection import batch"),
  /** A directus-template-cli folder: {@code flows.json} + {@code operations.json} (§10.3). */
  TEMPLATE_FOLDER("directus-template-cli folder");

  private final String description;

  SourceFormat(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
