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
  /** The CSV of the Directus app's export ({@code ?export=csv}): flow rows and operation rows, separately. */
  CSV_EXPORT("Directus export (CSV)"),
  /** The YAML of the Directus app's export ({@code ?export=yaml}). */
  YAML_EXPORT("Directus export (YAML)"),
  /** A folder of {@code directus_flows.json} and {@code directus_operations.json}, for {@code POST /utils/import/:collection}. */
  IMPORT_FOLDER("folder for Directus's /utils/import/directus_flows and /directus_operations"),
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
