package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads flows from every format of format.md §8 and §10, detecting which one a file holds.
 * Nothing is returned unless the whole input is valid, so a failed import changes nothing.
 */
public final class FlowReader {

  private static final String TEMPLATE_FLOWS = "flows.json";
  private static final String TEMPLATE_OPERATIONS = "operations.json";
  /** What {@code convert --to import -o DIR} writes: one file per {@code /utils/import/:collection} upload. */
  public static final String IMPORT_FLOWS = "directus_flows.json";
  public static final String IMPORT_OPERATIONS = "directus_operations.json";

  private FlowReader() {}

  /**
   * Reads a flow file (JSON, or the CSV/YAML of the Directus app's export), a directus-template-cli
   * folder (the folder itself or its {@code src/}), or a folder of {@code directus_flows.json} and
   * {@code directus_operations.json}. A flows export listing its operations by id is read with the
   * operations export beside it (see {@link #operationsBeside}).
   */
  public static FlowDocument read(Path path) throws FlowFormatException, IOException {
    if (Files.isDirectory(path)) {
      if (isImportFolder(path)) {
        return readSeparate(readText(path.resolve(IMPORT_FLOWS)), path.resolve(IMPORT_FLOWS).toString(),
            readText(path.resolve(IMPORT_OPERATIONS)), path.resolve(IMPORT_OPERATIONS).toString(),
            SourceFormat.IMPORT_FOLDER);
      }
      Path folder = templateFolder(path).orElseThrow(() -> new FlowFormatException(path.toString(), null, null,
          "the folder holds no " + TEMPLATE_FLOWS + " and " + TEMPLATE_OPERATIONS
              + " (a directus-template-cli folder), no " + IMPORT_FLOWS + " and " + IMPORT_OPERATIONS
              + ", nor is it a workspace"));
      return readSeparate(readText(folder.resolve(TEMPLATE_FLOWS)), folder.resolve(TEMPLATE_FLOWS).toString(),
          readText(folder.resolve(TEMPLATE_OPERATIONS)), folder.resolve(TEMPLATE_OPERATIONS).toString(),
          SourceFormat.TEMPLATE_FOLDER);
    }
    String text = readText(path);
    TextSyntax syntax = TextSyntax.detect(text, path.toString());
    ParsedJson doc = syntax.parse(text, path.toString());
    if (listsOperationIds(doc.root())) {
      Optional<Path> operations = operationsBeside(path);
      if (operations.isPresent()) {
        return readSeparate(doc, parse(readText(operations.get()), operations.get().toString()),
            separateFormat(doc, syntax));
      }
    }
    return read(doc, syntax);
  }

  /** Whether {@code dir} holds what {@code convert --to import -o DIR} writes. */
  public static boolean isImportFolder(Path dir) {
    return Files.isRegularFile(dir.resolve(IMPORT_FLOWS)) && Files.isRegularFile(dir.resolve(IMPORT_OPERATIONS));
  }

  /** Whether {@code dir} is a folder of flows this reader takes: a template or an import folder. */
  public static boolean isFlowFolder(Path dir) {
    return isImportFolder(dir) || templateFolder(dir).isPresent();
  }

  /**
   * The operations export that belongs to the flows export {@code flowsFile}: the same name with
   * {@code flows} replaced by {@code operations} ({@code directus_flows 20261207-55656.csv} →
   * {@code directus_operations 20261207-55656.csv}, {@code flows.yaml} → {@code operations.yaml}),
   * else the one {@code directus_operations…} file of the same syntax in that folder.
   */
  public static Optional<Path> operationsBeside(Path flowsFile) {
    Path dir = flowsFile.toAbsolutePath().getParent();
    String name = flowsFile.getFileName().toString();
    if (dir == null || !name.contains("flows")) {
      return Optional.empty();
    }
    Path same = dir.resolve(name.replaceFirst("flows", "operations"));
    if (Files.isRegularFile(same)) {
      return Optional.of(same);
    }
    TextSyntax syntax = TextSyntax.detect("", name);
    try (var files = Files.list(dir)) {
      List<Path> candidates = files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().startsWith("directus_operations"))
          .filter(f -> TextSyntax.detect("", f.getFileName().toString()) == syntax)
          .limit(2).toList();
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    } catch (IOException unlistable) {
      return Optional.empty();
    }
  }

  /** A flows document whose flows list their operations by id ({@code fields=*}, the app's exports). */
  private static boolean listsOperationIds(JsonValue root) {
    JsonValue flows = root instanceof JsonObject wrapper && !wrapper.has("id") && wrapper.has("data")
        ? wrapper.members().get("data") : root;
    JsonValue first = flows instanceof JsonArray array && !array.elements().isEmpty() ? array.elements().get(0) : flows;
    return first instanceof JsonObject flow && flow.members().get("operations") instanceof JsonArray ops
        && !ops.elements().isEmpty() && ops.elements().get(0) instanceof JsonValue.JsonString;
  }

  /** Parses text in the syntax its name or first characters show (JSON, YAML or CSV). */
  static ParsedJson parse(String text, @Nullable String source) throws FlowFormatException {
    return TextSyntax.detect(text, source).parse(text, source);
  }

  /** The folder holding a template's flows.json and operations.json, if {@code dir} is a template. */
  public static Optional<Path> templateFolder(Path dir) {
    for (Path candidate : List.of(dir, dir.resolve("src"))) {
      if (Files.isRegularFile(candidate.resolve(TEMPLATE_FLOWS))
          && Files.isRegularFile(candidate.resolve(TEMPLATE_OPERATIONS))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Reads a file strictly as UTF-8 (a leading byte-order mark is dropped). */
  public static String readText(Path path) throws IOException, FlowFormatException {
    byte[] bytes = Files.readAllBytes(path);
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      int offset = Utf8Errors.firstBadByte(bytes);
      throw new FlowFormatException(path.toString(), Utf8Errors.location(bytes, offset), null,
          "the file is not UTF-8 text (byte " + String.format("0x%02X", bytes[offset] & 0xFF)
              + " cannot start or continue a UTF-8 character; save the file as UTF-8)");
    }
  }

  /** Reads text in any single-file format (JSON, or the CSV/YAML of the Directus app's export). */
  public static FlowDocument read(String text, @Nullable String source) throws FlowFormatException {
    TextSyntax syntax = TextSyntax.detect(text, source);
    return read(syntax.parse(text, source), syntax);
  }

  private static FlowDocument read(ParsedJson doc, TextSyntax syntax) throws FlowFormatException {
    JsonValue root = doc.root();
    if (root instanceof JsonArray array) {
      if (!array.elements().isEmpty() && array.elements().get(0) instanceof JsonObject first
          && first.has("collection") && first.has("items") && !first.has("id")) {
        return readImportBatch(doc, array);
      }
      if (looksLikeOperations(array)) {
        throw doc.error(JsonPath.ROOT, "this is an operations list (GET /operations, directus_operations export);"
            + " read it together with the flows it belongs to (--operations)");
      }
      return new FlowDocument(readFlowArray(doc, array, JsonPath.ROOT, null), arrayFormat(syntax), doc);
    }
    if (!(root instanceof JsonObject object)) {
      throw doc.error(JsonPath.ROOT, "expected a flow object or an array of flows, found " + root.typeName());
    }
    // A flow always has an id and no wrapper has one: a flow whose unknown members happen to be
    // named data, errors or version (kept in extra, written back) must still read as a flow.
    boolean wrapper = !object.has("id");
    if (wrapper && object.has("errors") && !object.has("data")) {
      throw doc.error(JsonPath.member(JsonPath.ROOT, "errors"),
          "this is a Directus error response, not a flow: " + firstErrorMessage(object));
    }
    if (wrapper && object.has("version") && (object.has("flows") || object.has("flow"))) {
      return readStudioBundle(doc, object);
    }
    if (wrapper && object.has("data")) {
      return readRestResponse(doc, object, null);
    }
    Flow flow = FlowCodec.readFlow(doc, object, JsonPath.ROOT, null, Flow.ACTIVE);
    return new FlowDocument(List.of(flow), SourceFormat.CANONICAL, doc);
  }

  /**
   * Reads flows whose operations come separately: a flows document ({@code GET /flows}, plain
   * {@code fields=*}) and an operations document ({@code GET /operations}), as REST responses or
   * bare arrays.
   */
  public static FlowDocument readSeparate(String flowsText, String flowsSource, String operationsText,
      String operationsSource) throws FlowFormatException {
    return readSeparate(flowsText, flowsSource, operationsText, operationsSource, SourceFormat.REST_RESPONSE);
  }

  private static FlowDocument readSeparate(String flowsText, String flowsSource, String operationsText,
      String operationsSource, SourceFormat format) throws FlowFormatException {
    ParsedJson opsDoc = parse(operationsText, operationsSource);
    TextSyntax syntax = TextSyntax.detect(flowsText, flowsSource);
    ParsedJson flowsDoc = syntax.parse(flowsText, flowsSource);
    return readSeparate(flowsDoc, opsDoc, format == SourceFormat.REST_RESPONSE ? separateFormat(flowsDoc, syntax) : format);
  }

  /** Flows with their operations in another file: the app's CSV/YAML export, else a REST document. */
  private static SourceFormat separateFormat(ParsedJson flowsDoc, TextSyntax syntax) {
    SourceFormat format = flowsDoc.root() instanceof JsonArray ? arrayFormat(syntax) : SourceFormat.REST_RESPONSE;
    return format == SourceFormat.CANONICAL_ARRAY ? SourceFormat.REST_RESPONSE : format;
  }

  private static FlowDocument readSeparate(ParsedJson flowsDoc, ParsedJson opsDoc, SourceFormat format)
      throws FlowFormatException {
    String opsPath = JsonPath.ROOT;
    JsonValue opsRoot = opsDoc.root();
    if (opsRoot instanceof JsonObject wrapper && wrapper.has("data")) {
      opsRoot = wrapper.members().get("data");
      opsPath = JsonPath.member(JsonPath.ROOT, "data");
    }
    if (!(opsRoot instanceof JsonArray opsArray)) {
      throw opsDoc.error(opsPath, "expected an array of operations, found " + opsRoot.typeName());
    }
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < opsArray.size(); i++) {
      operations.add(FlowCodec.readOperation(opsDoc, opsArray.elements().get(i), JsonPath.index(opsPath, i), null));
    }
    JsonValue flowsRoot = flowsDoc.root();
    if (flowsRoot instanceof JsonObject wrapper && wrapper.has("data") && !wrapper.has("id")) {
      return readRestResponse(flowsDoc, wrapper, operations);
    }
    List<Flow> flows = flowsRoot instanceof JsonArray array
        ? readFlowArray(flowsDoc, array, JsonPath.ROOT, operations)
        : List.of(FlowCodec.readFlow(flowsDoc, flowsRoot, JsonPath.ROOT, operations, Flow.ACTIVE));
    rejectOrphans(opsDoc, opsPath, operations, flows);
    return new FlowDocument(flows, format, flowsDoc);
  }

  /** A bare array of flows: canonical in JSON; the Directus app's export in CSV or YAML. */
  private static SourceFormat arrayFormat(TextSyntax syntax) {
    return switch (syntax) {
      case CSV -> SourceFormat.CSV_EXPORT;
      case YAML -> SourceFormat.YAML_EXPORT;
      case JSON -> SourceFormat.CANONICAL_ARRAY;
    };
  }

  /** An operation whose flow is not in the flows document would be lost silently; refuse instead. */
  private static void rejectOrphans(ParsedJson opsDoc, String opsPath, List<Operation> operations, List<Flow> flows)
      throws FlowFormatException {
    for (int i = 0; i < operations.size(); i++) {
      String owner = operations.get(i).flow();
      if (flows.stream().noneMatch(f -> f.id().equals(owner))) {
        throw opsDoc.error(JsonPath.member(JsonPath.index(opsPath, i), "flow"),
            "belongs to flow " + owner + ", which is not among the flows");
      }
    }
  }

  private static List<Flow> readFlowArray(ParsedJson doc, JsonArray array, String path,
      @Nullable List<Operation> separate) throws FlowFormatException {
    // operations grouped by flow once, so joining N flows with their operations stays linear
    Map<String, List<Operation>> byFlow = new HashMap<>();
    if (separate != null) {
      separate.forEach(op -> byFlow.computeIfAbsent(op.flow(), f -> new ArrayList<>()).add(op));
    }
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue element = array.elements().get(i);
      List<Operation> own = separate == null ? null : element instanceof JsonObject flow
          ? byFlow.getOrDefault(flow.string("id").orElse(""), List.of()) : separate;
      flows.add(FlowCodec.readFlow(doc, element, JsonPath.index(path, i), own, Flow.ACTIVE));
    }
    return flows;
  }

  private static FlowDocument readRestResponse(ParsedJson doc, JsonObject wrapper,
      @Nullable List<Operation> separate) throws FlowFormatException {
    JsonValue data = wrapper.members().get("data");
    String dataPath = JsonPath.member(JsonPath.ROOT, "data");
    List<Flow> flows;
    if (data instanceof JsonArray array) {
      if (separate == null && looksLikeOperations(array)) {
        throw doc.error(dataPath, "this is an operations list (GET /operations); read it together with the flows"
            + " it belongs to (--operations)");
      }
      flows = readFlowArray(doc, array, dataPath, separate);
    } else if (data instanceof JsonObject) {
      flows = List.of(FlowCodec.readFlow(doc, data, dataPath, separate, Flow.ACTIVE));
    } else {
      throw doc.error(dataPath, "expected a flow or an array of flows, found " + data.typeName());
    }
    return new FlowDocument(flows, SourceFormat.REST_RESPONSE, doc);
  }

  private static boolean looksLikeOperations(JsonArray array) {
    return !array.elements().isEmpty() && array.elements().get(0) instanceof JsonObject first
        && first.has("key") && first.has("position_x") && !first.has("trigger");
  }

  private static FlowDocument readStudioBundle(ParsedJson doc, JsonObject bundle) throws FlowFormatException {
    String versionPath = JsonPath.member(JsonPath.ROOT, "version");
    JsonValue version = bundle.members().get("version");
    if (version instanceof JsonNumber number && number.literal().equals("1")) {
      Flow flow = readBundleEntry(doc, bundle, JsonPath.ROOT);
      return new FlowDocument(List.of(flow), SourceFormat.STUDIO_BUNDLE_V1, doc);
    }
    if (version instanceof JsonNumber number && number.literal().equals("2")) {
      String flowsPath = JsonPath.member(JsonPath.ROOT, "flows");
      if (!(bundle.members().get("flows") instanceof JsonArray entries)) {
        throw doc.error(flowsPath, "must be an array of {flow, operations} entries");
      }
      List<Flow> flows = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        String entryPath = JsonPath.index(flowsPath, i);
        if (!(entries.elements().get(i) instanceof JsonObject entry)) {
          throw doc.error(entryPath, "must be an object with \"flow\" and \"operations\"");
        }
        flows.add(readBundleEntry(doc, entry, entryPath));
      }
      return new FlowDocument(flows, SourceFormat.STUDIO_BUNDLE_V2, doc);
    }
    throw doc.error(versionPath, "unsupported Studio bundle version "
        + (version == null ? "(none)" : JsonText.compact(version)) + "; versions 1 and 2 are known");
  }

  /** One {@code {flow, operations}} pair; the Studio imports bundles as inactive flows (format.md §10.2). */
  private static Flow readBundleEntry(ParsedJson doc, JsonObject entry, String path) throws FlowFormatException {
    JsonValue flowValue = entry.members().get("flow");
    if (flowValue == null) {
      throw doc.error(path, "missing required field \"flow\"");
    }
    JsonValue ops = entry.members().getOrDefault("operations", JsonArray.EMPTY);
    String opsPath = JsonPath.member(path, "operations");
    if (!(ops instanceof JsonArray opsArray)) {
      throw doc.error(opsPath, "must be an array of operations, found " + ops.typeName());
    }
    String flowPath = JsonPath.member(path, "flow");
    String flowId = new FieldReader(doc, flowValue, flowPath, "a flow").requiredString("id");
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < opsArray.size(); i++) {
      operations.add(FlowCodec.readOperation(doc, opsArray.elements().get(i), JsonPath.index(opsPath, i), flowId));
    }
    return FlowCodec.readFlow(doc, flowValue, flowPath, operations, Flow.INACTIVE);
  }

  private static FlowDocument readImportBatch(ParsedJson doc, JsonArray batch) throws FlowFormatException {
    JsonArray flowItems = null;
    JsonArray operationItems = JsonArray.EMPTY;
    String flowsPath = null;
    String opsPath = null;
    for (int i = 0; i < batch.size(); i++) {
      String entryPath = JsonPath.index(JsonPath.ROOT, i);
      FieldReader entry = new FieldReader(doc, batch.elements().get(i), entryPath, "an import entry");
      String collection = entry.requiredString("collection");
      if (!(entry.raw("items") instanceof JsonArray items)) {
        throw doc.error(entry.pathOf("items"), "must be an array of items");
      }
      if (collection.equals("directus_flows")) {
        flowItems = items;
        flowsPath = entry.pathOf("items");
      } else if (collection.equals("directus_operations")) {
        operationItems = items;
        opsPath = entry.pathOf("items");
      }
    }
    if (flowItems == null) {
      throw doc.error(JsonPath.ROOT, "the import batch has no directus_flows entry");
    }
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < operationItems.size(); i++) {
      operations.add(FlowCodec.readOperation(doc, operationItems.elements().get(i), JsonPath.index(opsPath, i), null));
    }
    List<Flow> flows = readFlowArray(doc, flowItems, flowsPath, operations);
    if (opsPath != null) {
      rejectOrphans(doc, opsPath, operations, flows);
    }
    return new FlowDocument(flows, SourceFormat.IMPORT_BATCH, doc);
  }

  private static String firstErrorMessage(JsonObject response) {
    if (response.members().get("errors") instanceof JsonArray errors && !errors.elements().isEmpty()
        && errors.elements().get(0) instanceof JsonObject first) {
      return first.string("message").orElse("(no message)");
    }
    return "(no message)";
  }
}
