package dev.flowsmith.workspace.server;

import dev.flowsmith.format.FlowCodec;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What of a flow a server keeps and a sync compares: the flow's columns and its operations' columns,
 * without {@code date_created}, {@code user_created} and unknown fields (a server has none of the
 * workspace's extras). Values compare as JSON, not text: object member order does not matter and
 * numbers compare by value ({@code 1.50} = {@code 1.5}, the way Directus's {@code JSON.stringify}
 * gives options back).
 */
final class FlowContent {

  static final List<String> FLOW_FIELDS = List.of("name", "icon", "color", "description", "status", "trigger",
      "accountability", "options", "operation");
  static final List<String> OPERATION_FIELDS = List.of("name", "key", "type", "position_x", "position_y", "options",
      "resolve", "reject");

  private FlowContent() {}

  /** The flow's compared columns, normalised (operations left out). */
  static JsonObject flowColumns(Flow flow) {
    return JsonObject.builder().put("name", flow.name()).put("icon", JsonValue.ofNullable(flow.icon()))
        .put("color", JsonValue.ofNullable(flow.color())).put("description", JsonValue.ofNullable(flow.description()))
        .put("status", flow.status()).put("trigger", JsonValue.ofNullable(flow.trigger()))
        .put("accountability", JsonValue.ofNullable(flow.accountability())).put("options", normal(flow.options()))
        .put("operation", JsonValue.ofNullable(flow.operation())).build();
  }

  /** An operation's compared columns, normalised (its id and flow left out). */
  static JsonObject operationColumns(Operation op) {
    return JsonObject.builder().put("name", JsonValue.ofNullable(op.name())).put("key", op.key())
        .put("type", op.type()).put("position_x", JsonValue.of(op.position().x()))
        .put("position_y", JsonValue.of(op.position().y())).put("options", normal(op.options()))
        .put("resolve", JsonValue.ofNullable(op.resolve())).put("reject", JsonValue.ofNullable(op.reject())).build();
  }

  /** The content hash recorded in sync.json: SHA-256 of the normalised columns, operations by id. */
  static String hash(Flow flow) {
    Map<String, JsonValue> operations = new TreeMap<>();
    for (Operation op : flow.operations()) {
      operations.put(op.id(), operationColumns(op));
    }
    JsonObject all = JsonObject.builder().put("id", flow.id()).putAll(flowColumns(flow))
        .put("operations", sorted(new JsonObject(operations))).build();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(JsonText.compact(sorted(all))
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }

  /** True when the server would hold the same flow. */
  static boolean same(Flow local, Flow server) {
    return hash(local).equals(hash(server));
  }

  /**
   * Field by field: the flow's columns, then operations matched by id, then (those left) by key;
   * links and the entry are shown as the target's key, so operations matched by key do not differ
   * only because their ids do.
   */
  static List<FieldDifference> differences(Flow local, Flow server) {
    List<FieldDifference> out = new ArrayList<>();
    JsonObject here = keyedLinks(flowColumns(local), local);
    JsonObject there = keyedLinks(flowColumns(server), server);
    compare("", here, there, out);
    Map<Operation, Operation> pairs = new LinkedHashMap<>();
    List<Operation> onlyHere = new ArrayList<>();
    List<Operation> unmatched = new ArrayList<>(server.operations());
    for (Operation op : FlowCodec.sortedOperations(local)) {
      Operation match = server.operationById(op.id()).orElse(null);
      if (match != null) {
        unmatched.remove(match);
        pairs.put(op, match);
      } else {
        onlyHere.add(op);
      }
    }
    for (Operation op : List.copyOf(onlyHere)) {
      Operation byKey = unmatched.stream().filter(o -> o.key().equals(op.key())).findFirst().orElse(null);
      if (byKey != null) {
        unmatched.remove(byKey);
        onlyHere.remove(op);
        pairs.put(op, byKey);
      }
    }
    for (Map.Entry<Operation, Operation> pair : pairs.entrySet()) {
      compare("operations[" + pair.getKey().key() + "].", keyedLinks(operationColumns(pair.getKey()), local),
          keyedLinks(operationColumns(pair.getValue()), server), out);
    }
    for (Operation op : onlyHere) {
      out.add(new FieldDifference("operations[" + op.key() + "]", keyedLinks(operationColumns(op), local), null));
    }
    for (Operation op : FlowCodec.sortedOperations(server.withOperations(unmatched))) {
      out.add(new FieldDifference("operations[" + op.key() + "]", null, keyedLinks(operationColumns(op), server)));
    }
    return out;
  }

  private static JsonObject keyedLinks(JsonObject columns, Flow flow) {
    JsonObject out = columns;
    for (String link : List.of("operation", "resolve", "reject")) {
      if (columns.get(link).orElse(null) instanceof JsonValue.JsonString id) {
        out = out.with(link, JsonValue.of(flow.operationById(id.value()).map(Operation::key).orElse(id.value())));
      }
    }
    return out;
  }

  private static void compare(String prefix, JsonObject here, JsonObject there, List<FieldDifference> out) {
    for (String field : here.members().keySet()) {
      JsonValue a = here.members().get(field);
      JsonValue b = there.get(field).orElse(JsonValue.NULL);
      if (!a.equals(b)) {
        if (a instanceof JsonObject objectA && b instanceof JsonObject objectB) {
          compareNested(prefix + field, objectA, objectB, out);
        } else {
          out.add(new FieldDifference(prefix + field, a, b));
        }
      }
    }
  }

  private static void compareNested(String path, JsonObject here, JsonObject there, List<FieldDifference> out) {
    for (Map.Entry<String, JsonValue> member : here.members().entrySet()) {
      JsonValue b = there.get(member.getKey()).orElse(null);
      String at = path + "." + member.getKey();
      if (b == null) {
        out.add(new FieldDifference(at, member.getValue(), null));
      } else if (!member.getValue().equals(b)) {
        if (member.getValue() instanceof JsonObject objectA && b instanceof JsonObject objectB) {
          compareNested(at, objectA, objectB, out);
        } else {
          out.add(new FieldDifference(at, member.getValue(), b));
        }
      }
    }
    for (Map.Entry<String, JsonValue> member : there.members().entrySet()) {
      if (!here.has(member.getKey())) {
        out.add(new FieldDifference(path + "." + member.getKey(), null, member.getValue()));
      }
    }
  }

  /** Numbers by value, everything else as it is (member order is kept; equality ignores it). */
  static JsonValue normal(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return new JsonNumber(numberText(number.literal()));
    }
    if (value instanceof JsonArray array) {
      return new JsonArray(array.elements().stream().map(FlowContent::normal).toList());
    }
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      object.members().forEach((name, member) -> members.put(name, normal(member)));
      return new JsonObject(members);
    }
    return value;
  }

  private static String numberText(String literal) {
    try {
      BigDecimal decimal = new BigDecimal(literal);
      if (decimal.signum() == 0) {
        return "0";
      }
      BigDecimal stripped = decimal.stripTrailingZeros();
      return stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 21 ? stripped.toPlainString()
          : stripped.toString();
    } catch (NumberFormatException | ArithmeticException huge) {
      return literal;
    }
  }

  private static JsonValue sorted(JsonValue value) {
    if (value instanceof JsonArray array) {
      return new JsonArray(array.elements().stream().map(FlowContent::sorted).toList());
    }
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new TreeMap<>();
      object.members().forEach((name, member) -> members.put(name, sorted(member)));
      return new JsonObject(new LinkedHashMap<>(members));
    }
    return value;
  }

  /** A value for a line of text: compact JSON, or {@code (none)} for an absent one. */
  static String show(@Nullable JsonValue value) {
    return value == null ? "(none)" : JsonText.compact(value);
  }
}
