package dev.flowsmith.format;

import java.util.Optional;

/**
 * Maps a path in one flow's canonical document ({@code $.operations[2].options.url}, as lint
 * reports it) to the path of the same value in the file the flow was read from, so problems can
 * be shown at a line and column whatever the format. Operation indexes carry over because
 * readers keep operations in file order.
 */
public final class DocumentPaths {

  private DocumentPaths() {}

  /**
   * The path of the value inside {@code document}'s text, or empty where the flow's parts live in
   * another file (template folders, separate operations lists, import batches).
   */
  public static Optional<String> inDocument(FlowDocument document, int flowIndex, String canonicalPath) {
    String rest = canonicalPath.substring(JsonPath.ROOT.length());
    return switch (document.format()) {
      case CANONICAL -> Optional.of(canonicalPath);
      case CANONICAL_ARRAY -> Optional.of(JsonPath.index(JsonPath.ROOT, flowIndex) + rest);
      case REST_RESPONSE -> restPath(document, flowIndex, rest);
      case STUDIO_BUNDLE_V1 -> Optional.of(bundlePath(JsonPath.ROOT, rest));
      case STUDIO_BUNDLE_V2 ->
          Optional.of(bundlePath(JsonPath.index(JsonPath.member(JsonPath.ROOT, "flows"), flowIndex), rest));
      case CSV_EXPORT, YAML_EXPORT -> rest.startsWith(".operations")
          ? Optional.empty() : Optional.of(JsonPath.index(JsonPath.ROOT, flowIndex) + rest);
      case IMPORT_BATCH, TEMPLATE_FOLDER, IMPORT_FOLDER -> Optional.empty();
    };
  }

  private static Optional<String> restPath(FlowDocument document, int flowIndex, String rest) {
    if (rest.startsWith(".operations") && !document.flows().get(flowIndex).operations().isEmpty()
        && !nestedOperations(document)) {
      return Optional.empty();
    }
    String data = JsonPath.member(JsonPath.ROOT, "data");
    boolean many = document.source().root() instanceof dev.flowsmith.model.JsonValue.JsonObject wrapper
        && wrapper.members().get("data") instanceof dev.flowsmith.model.JsonValue.JsonArray;
    return Optional.of((many ? JsonPath.index(data, flowIndex) : data) + rest);
  }

  private static boolean nestedOperations(FlowDocument document) {
    return document.source().locations().keySet().stream().anyMatch(p -> p.contains(".operations[0].id"));
  }

  /** A bundle entry holds {@code flow} (without operations) and {@code operations} side by side. */
  private static String bundlePath(String entry, String rest) {
    if (rest.startsWith(".operations")) {
      return entry + rest;
    }
    return JsonPath.member(entry, "flow") + rest;
  }
}
