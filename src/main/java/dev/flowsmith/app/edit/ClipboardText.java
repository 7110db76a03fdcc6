package dev.flowsmith.app.edit;

import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.ParsedJson;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns pasted text into operations. Everything {@link FlowReader} reads is accepted (canonical
 * flow or array, REST response, Studio bundle, import batch), and on top of that what people copy
 * out of Directus by hand: one operation object, a bare array of operations, or a
 * {@code GET /operations} response — those carry no flow around them, so one is wrapped around
 * them before reading, which keeps every field check of the reader.
 */
final class ClipboardText {

  /** The name pasted text is reported under in error messages. */
  static final String SOURCE = "pasted text";
  private static final String WRAPPER_ID = "clipboard";

  private ClipboardText() {}

  /** Every operation of every flow in {@code text}, in document order. */
  static List<Operation> operations(String text) throws FlowFormatException {
    List<Operation> operations = new ArrayList<>();
    for (Flow flow : read(text).flows()) {
      operations.addAll(flow.operations());
    }
    if (operations.isEmpty()) {
      throw new FlowFormatException(SOURCE, null, null, "the pasted JSON holds no operations");
    }
    return operations;
  }

  /** Exactly one whole flow, as a flow file would be opened. */
  static Flow flow(String text) throws FlowFormatException {
    FlowDocument document = FlowReader.read(text, SOURCE);
    return document.single();
  }

  private static FlowDocument read(String text) throws FlowFormatException {
    ParsedJson parsed = JsonText.parse(text, SOURCE);
    JsonValue root = parsed.root();
    if (root instanceof JsonObject object && !object.has("id") && object.get("data").isPresent()
        && looksLikeOperations(object.get("data").get())) {
      root = object.get("data").get();
    }
    if (!looksLikeOperations(root)) {
      return FlowReader.read(text, SOURCE);
    }
    List<JsonValue> bare = new ArrayList<>();
    for (JsonValue element : root instanceof JsonArray array ? array.elements() : List.of(root)) {
      // the operation's own flow id would contradict the wrapper's; the paste assigns a new one anyway
      bare.add(((JsonObject) element).without("flow"));
    }
    JsonObject wrapper = JsonObject.builder()
        .put("id", WRAPPER_ID)
        .put("name", "Pasted operations")
        .put("operations", new JsonArray(bare))
        .build();
    return FlowReader.read(JsonText.pretty(wrapper), SOURCE);
  }

  /** An operation object, or a non-empty array of them: has key and type, and no flow-only field. */
  private static boolean looksLikeOperations(JsonValue value) {
    if (value instanceof JsonArray array) {
      return !array.elements().isEmpty() && array.elements().stream().allMatch(ClipboardText::looksLikeOperation);
    }
    return looksLikeOperation(value);
  }

  private static boolean looksLikeOperation(JsonValue value) {
    return value instanceof JsonObject object && object.has("key") && object.has("type")
        && !object.has("operations") && !object.has("trigger");
  }
}
