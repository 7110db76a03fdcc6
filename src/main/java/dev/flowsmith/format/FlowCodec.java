package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.TriggerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps one flow object (the shape of {@code GET /flows/:id?fields=*,operations.*}, format.md
 * §8.3) to the model and back. Unknown fields are carried in {@code extra} in both directions.
 */
public final class FlowCodec {

  /** Flow fields in the order the canonical document writes them (format.md §2). */
  static final List<String> FLOW_FIELDS = List.of("id", "name", "icon", "color", "description", "status",
      "trigger", "accountability", "options", "operation", "date_created", "user_created");
  /** Operation fields in the order the canonical document writes them (format.md §3). */
  static final List<String> OPERATION_FIELDS = List.of("id", "name", "key", "type", "position_x",
      "position_y", "options", "resolve", "reject", "flow", "date_created", "user_created");

  private static final Set<String> KNOWN_FLOW_FIELDS = union(FLOW_FIELDS, List.of("operations"));
  private static final Set<String> KNOWN_OPERATION_FIELDS = union(OPERATION_FIELDS, List.of());

  /** Canonical operation order: by row, then column, then key, so files diff well (issue: foundation). */
  public static final Comparator<Operation> CANONICAL_ORDER = Comparator
      .comparingInt((Operation o) -> o.position().y())
      .thenComparingInt(o -> o.position().x())
      .thenComparing(Operation::key)
      .thenComparing(Operation::id);

  private FlowCodec() {}

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Reads a flow object. {@code operations} may be nested objects, or ids (then
   * {@code separateOperations} supplies them), or null/absent.
   *
   * @param separateOperations operations given beside the flow, or null when they must be nested
   * @param defaultStatus status to assume when the object has none (the Studio bundle omits it)
   */
  static Flow readFlow(ParsedJson doc, JsonValue value, String path,
      @Nullable List<Operation> separateOperations, String defaultStatus) throws FlowFormatException {
    FieldReader fields = new FieldReader(doc, value, path, "a flow");
    String id = fields.requiredString("id");
    String trigger = fields.optionalString("trigger");
    if (TriggerType.LEGACY_EVENT_ID.equals(trigger)) {
      trigger = TriggerType.EVENT.id(); // format.md §13.5: legacy "hook" is the event trigger
    }
    String accountability = fields.has("accountability") ? fields.optionalString("accountability") : "all";
    String status = fields.has("status") ? fields.optionalString("status") : defaultStatus;
    List<Operation> operations = readOperations(doc, fields, id, separateOperations);
    return new Flow(id, fields.requiredString("name"), fields.optionalString("icon"),
        fields.optionalString("color"), fields.optionalString("description"),
        status == null ? Flow.ACTIVE : status, trigger, accountability, fields.options("options"),
        fields.optionalString("operation"), fields.optionalString("date_created"),
        fields.optionalString("user_created"), operations, fields.unknownMembers(KNOWN_FLOW_FIELDS));
  }

  private static List<Operation> readOperations(ParsedJson doc, FieldReader fields, String flowId,
      @Nullable List<Operation> separate) throws FlowFormatException {
    JsonValue listed = fields.raw("operations");
    String listPath = fields.pathOf("operations");
    if (separate != null) {
      return attachSeparate(doc, listed, listPath, flowId, separate);
    }
    if (listed == null || listed.isNull()) {
      return List.of();
    }
    if (!(listed instanceof JsonArray array)) {
      throw doc.error(listPath, "must be an array of operations, found " + listed.typeName());
    }
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue element = array.elements().get(i);
      String elementPath = JsonPath.index(listPath, i);
      if (element instanceof JsonValue.JsonString) {
        throw doc.error(elementPath, "operations are listed by id only; give the operations too: the --operations"
            + " option, or their export (GET /operations, directus_operations….csv/.yaml/.json) beside this file");
      }
      operations.add(readOperation(doc, element, elementPath, flowId));
    }
    return operations;
  }

  /** REST responses with plain {@code fields=*} list operation ids; the operations come separately. */
  private static List<Operation> attachSeparate(ParsedJson doc, @Nullable JsonValue listed, String listPath,
      String flowId, List<Operation> separate) throws FlowFormatException {
    List<Operation> mine = new ArrayList<>(separate.stream().filter(o -> o.flow().equals(flowId)).toList());
    if (listed instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        JsonValue element = array.elements().get(i);
        if (element instanceof JsonValue.JsonString idRef
            && mine.stream().noneMatch(o -> o.id().equals(idRef.value()))) {
          throw doc.error(JsonPath.index(listPath, i),
              "operation " + idRef.value() + " is listed by the flow but missing from the operations list");
        }
      }
    }
    return mine;
  }

  static Operation readOperation(ParsedJson doc, JsonValue value, String path, @Nullable String flowId)
      throws FlowFormatException {
    FieldReader fields = new FieldReader(doc, value, path, "an operation");
    String owner = fields.optionalString("flow");
    if (owner == null) {
      if (flowId == null) {
        throw doc.error(path, "missing required field \"flow\"");
      }
      owner = flowId;
    } else if (flowId != null && !owner.equals(flowId)) {
      throw doc.error(fields.pathOf("flow"), "names flow " + owner + " but the operation is inside flow " + flowId);
    }
    return new Operation(fields.requiredString("id"), fields.optionalString("name"), fields.requiredString("key"),
        fields.requiredString("type"),
        new GridPosition(fields.requiredInteger("position_x"), fields.requiredInteger("position_y")),
        fields.options("options"), fields.optionalString("resolve"), fields.optionalString("reject"), owner,
        fields.optionalString("date_created"), fields.optionalString("user_created"),
        fields.unknownMembers(KNOWN_OPERATION_FIELDS));
  }

  /** The canonical flow object: every field in order, extras, then operations in canonical order. */
  public static JsonObject writeFlow(Flow flow) {
    JsonObject.Builder out = flowFields(flow);
    out.putAll(flow.extra());
    List<JsonValue> operations = new ArrayList<>();
    sortedOperations(flow).forEach(op -> operations.add(writeOperation(op)));
    out.put("operations", new JsonArray(operations));
    return out.build();
  }

  /** The flow's own columns, without extras and operations. */
  static JsonObject.Builder flowFields(Flow flow) {
    return JsonObject.builder()
        .put("id", flow.id())
        .put("name", flow.name())
        .put("icon", flow.icon())
        .put("color", flow.color())
        .put("description", flow.description())
        .put("status", flow.status())
        .put("trigger", flow.trigger())
        .put("accountability", flow.accountability())
        .put("options", flow.options())
        .put("operation", flow.operation())
        .put("date_created", flow.dateCreated())
        .put("user_created", flow.userCreated());
  }

  public static JsonObject writeOperation(Operation op) {
    return JsonObject.builder()
        .put("id", op.id())
        .put("name", op.name())
        .put("key", op.key())
        .put("type", op.type())
        .put("position_x", JsonValue.of(op.position().x()))
        .put("position_y", JsonValue.of(op.position().y()))
        .put("options", op.options())
        .put("resolve", op.resolve())
        .put("reject", op.reject())
        .put("flow", op.flow())
        .put("date_created", op.dateCreated())
        .put("user_created", op.userCreated())
        .putAll(op.extra())
        .build();
  }

  public static List<Operation> sortedOperations(Flow flow) {
    return flow.operations().stream().sorted(CANONICAL_ORDER).toList();
  }
}
