package dev.flowsmith.model;

import static dev.flowsmith.model.OptionField.Kind.COLLECTION;
import static dev.flowsmith.model.OptionField.Kind.FLOW;
import static dev.flowsmith.model.OptionField.Kind.HEADERS;
import static dev.flowsmith.model.OptionField.Kind.JAVASCRIPT;
import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.Kind.MARKDOWN;
import static dev.flowsmith.model.OptionField.Kind.NUMBER;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TAGS;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.Kind.TEXT_AREA;
import static dev.flowsmith.model.OptionField.Kind.TOGGLE;
import static dev.flowsmith.model.OptionField.field;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fifteen core operation types and their options, as the Studio's forms define them (editor.md §7). */
public final class OperationCatalog {

  /** The stub the Studio puts in a new Run Script operation. */
  public static final String EXEC_DEFAULT_CODE =
      "module.exports = async function(data) {\n\t// Do something...\n\treturn {};\n}";

  private static final String[] PERMISSION_CHOICES = {"$trigger", "$public", "$full"};

  private static final Map<String, OperationType> TYPES = new LinkedHashMap<>();

  static {
    add("condition", "Condition", "rule", List.of("filter"),
        field("filter", "Condition Rules", JSON).required().build());
    add("exec", "Run Script", "code", List.of(),
        field("code", "Code", JAVASCRIPT).defaultValue(EXEC_DEFAULT_CODE).literal().build());
    add("item-create", "Create Data", "add", List.of("collection", "payload"),
        collection(), permissions().half().build(), emitEvents(),
        field("payload", "Payload", JSON).build());
    add("item-read", "Read Data", "visibility", List.of("collection", "key"),
        permissions().build(), collection(), keys(),
        field("query", "Query", JSON).build(), emitEvents());
    add("item-update", "Update Data", "edit", List.of("collection", "key"),
        collection(), permissions().half().build(), emitEvents(), keys(),
        field("payload", "Payload", JSON).build(), field("query", "Query", JSON).build());
    add("item-delete", "Delete Data", "delete", List.of("collection", "key"),
        collection(), permissions().half().build(), emitEvents(), keys(),
        field("query", "Query", JSON).build());
    add("json-web-token", "JSON Web Token", "key", List.of("operation"),
        field("operation", "Operation", SELECT).choices("sign", "verify", "decode").required().literal().build(),
        field("payload", "Payload", TEXT_AREA).when("operation", "sign").build(),
        field("token", "Token", TEXT).when("operation", "verify", "decode").build(),
        field("secret", "Secret", TEXT).when("operation", "sign", "verify").build(),
        field("options", "Options", JSON).build());
    add("log", "Log to Console", "terminal", List.of("message"),
        field("message", "Message", TEXT).build());
    add("mail", "Send Email", "mail", List.of("subject", "to", "type"),
        field("to", "To", TAGS).required().build(),
        field("subject", "Subject", TEXT).build(),
        field("cc", "CC", TAGS).build(),
        field("bcc", "BCC", TAGS).build(),
        field("replyTo", "Reply To", TAGS).build(),
        field("type", "Type", SELECT).half().choices("markdown", "wysiwyg", "template").defaultValue("markdown").build(),
        field("template", "Template", TEXT).half().when("type", "template").build(),
        field("body", "Body", MARKDOWN).when("type", "markdown", "wysiwyg").build(),
        field("data", "Data", JSON).when("type", "template").build());
    add("notification", "Send Notification", "notifications", List.of("subject", "message"),
        field("recipient", "Users", TAGS).half().required().build(),
        permissions().half().build(),
        field("subject", "Title", TEXT).build(),
        field("message", "Message", MARKDOWN).build());
    add("request", "Webhook / Request URL", "link", List.of("url", "method"),
        field("method", "Method", SELECT).half().choices("GET", "POST", "PATCH", "DELETE").defaultValue("GET").build(),
        field("url", "URL", TEXT).half().required().build(),
        field("headers", "Headers", HEADERS).build(),
        field("body", "Request Body", TEXT_AREA).build());
    add("sleep", "Sleep", "schedule", List.of("milliseconds"),
        field("milliseconds", "Milliseconds", NUMBER).build());
    add("throw-error", "Throw Error", "error", List.of("code", "status", "message"),
        field("code", "Error Code", SELECT).choices("INTERNAL_SERVER_ERROR", "FORBIDDEN", "INVALID_PAYLOAD",
            "INVALID_QUERY", "ROUTE_NOT_FOUND", "FAILED_VALIDATION", "UNPROCESSABLE_CONTENT").build(),
        field("status", "Status", SELECT).choices("400", "401", "403", "404", "405", "422", "429", "500").build(),
        field("message", "Message", TEXT).build());
    add("transform", "Transform Payload", "move_down", List.of("json"),
        field("json", "JSON", JSON).build());
    add("trigger", "Trigger Flow", "flag", List.of("flow"),
        field("flow", "Flow", FLOW).half().required().build(),
        field("iterationMode", "Iteration Mode", SELECT).half().choices("parallel", "serial", "batch")
            .defaultValue("parallel").build(),
        field("batchSize", "Batch Size", NUMBER).half().defaultValue(JsonValue.of(10)).when("iterationMode", "batch")
            .build(),
        field("payload", "Payload", JSON).build());
  }

  private OperationCatalog() {}

  private static void add(String id, String displayName, String icon, List<String> overview, OptionField... fields) {
    TYPES.put(id, new OperationType(id, displayName, icon, List.of(fields), overview));
  }

  private static OptionField collection() {
    return field("collection", "Collection", COLLECTION).half().required().build();
  }

  private static OptionField.Builder permissions() {
    return field("permissions", "Permissions", SELECT).choices(PERMISSION_CHOICES).defaultValue("$trigger");
  }

  private static OptionField emitEvents() {
    return field("emitEvents", "Emit Events", TOGGLE).half().defaultValue(JsonValue.FALSE).build();
  }

  private static OptionField keys() {
    return field("key", "IDs", TAGS).half().build();
  }

  public static Optional<OperationType> find(String id) {
    return Optional.ofNullable(TYPES.get(id));
  }

  public static boolean isCore(String id) {
    return TYPES.containsKey(id);
  }

  /** All core types in the Studio's order. */
  public static Collection<OperationType> all() {
    return TYPES.values();
  }
}
