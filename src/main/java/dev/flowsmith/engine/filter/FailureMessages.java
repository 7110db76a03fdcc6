package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * engine.md §7.4: a failure becomes a {@code FAILED_VALIDATION} DirectusError (status 400) with
 * {@code extensions: {field, path, type, valid|invalid|substring}} in that order and Directus'
 * message. A failure Directus' mapping cannot classify aborts the whole list with a plain Error.
 * The error's {@code stack} is its header line only ({@code "DirectusError: <message>"}): there
 * is no JS call stack to show, and the run log prints it as is.
 */
final class FailureMessages {

  static final String UNCLASSIFIED_MESSAGE =
      "Couldn't extract validation error type from Joi validation error item";

  private FailureMessages() {}

  /** The errors for {@code failures}, in order; throws if any cannot be classified. */
  static JsArray toErrors(List<Failure> failures, ZoneId zone) {
    List<JsValue> errors = new ArrayList<>();
    for (Failure failure : failures) {
      errors.add(toError(failure, zone));
    }
    return new JsArray(errors);
  }

  private static JsError toError(Failure failure, ZoneId zone) {
    List<String> path = failure.path();
    JsObject.Builder extensions = JsObject.builder()
        .put("field", path.isEmpty() ? JsValue.UNDEFINED : JsValue.of(path.get(0)))
        .put("path", new JsArray(path.stream().skip(1).<JsValue>map(JsValue::of).toList()));
    String type = classify(failure, extensions);
    JsObject ext = extensions.build();
    String field = path.isEmpty() ? "undefined" : path.get(0);
    String at = path.size() > 1 ? " at \"" + String.join(".", path.subList(1, path.size())) + "\"" : "";
    String message = "Validation failed for field \"" + field + "\"" + at + "." + suffix(type, ext, zone);
    return JsError.directus("FAILED_VALIDATION", 400, message, ext);
  }

  /** Joi error type to Directus type (joiValidationErrorItemToErrorExtensions), adding the operand. */
  private static String classify(Failure failure, JsObject.Builder extensions) {
    JsValue detail = failure.detail() == null ? JsValue.UNDEFINED : failure.detail();
    String type = switch (failure.kind()) {
      case REQUIRED -> "required";
      case ONLY -> single(detail, extensions, "valid", "in", "null", "empty", "eq");
      case INVALID -> single(detail, extensions, "invalid", "nin", "nnull", "nempty", "neq");
      case GREATER -> put(extensions, "valid", detail, "gt");
      case MIN -> put(extensions, "valid", detail, "gte");
      case LESS -> put(extensions, "valid", detail, "lt");
      case MAX -> put(extensions, "valid", detail, "lte");
      case CONTAINS -> put(extensions, "substring", detail, "contains");
      case NCONTAINS -> put(extensions, "substring", detail, "ncontains");
      case PATTERN -> put(extensions, "invalid", detail, "regex");
      case NAMED_PATTERN -> put(extensions, "substring", detail, String.valueOf(failure.name()));
      case UNCLASSIFIED -> throw new JsException(JsError.error(UNCLASSIFIED_MESSAGE));
    };
    extensions.put("type", type);
    return type;
  }

  /** Several values: the list type; one value: null and "" have their own types. */
  private static String single(JsValue values, JsObject.Builder extensions, String key, String many,
      String nullType, String emptyType, String one) {
    JsArray list = (JsArray) values;
    if (list.size() > 1) {
      return put(extensions, key, list, many);
    }
    JsValue value = list.get(0);
    if (value.equals(JsValue.NULL)) {
      return nullType;
    }
    return value.equals(JsValue.of("")) ? emptyType : put(extensions, key, value, one);
  }

  private static String put(JsObject.Builder extensions, String key, JsValue value, String type) {
    extensions.put("type", type); // keeps type before the operand, as Directus assigns them
    extensions.put(key, value);
    return type;
  }

  /** The message tail for a type (failed-validation messageConstructor). */
  private static String suffix(String type, JsObject ext, ZoneId zone) {
    @Nullable JsValue valid = ext.has("valid") ? ext.get("valid") : null;
    @Nullable JsValue invalid = ext.has("invalid") ? ext.get("invalid") : null;
    @Nullable JsValue substring = ext.has("substring") ? ext.get("substring") : null;
    return switch (type) {
      case "eq" -> " Value has to be " + quoted(valid, zone) + ".";
      case "lt" -> " Value has to be less than " + quoted(valid, zone) + ".";
      case "lte" -> " Value has to be less than or equal to " + quoted(valid, zone) + ".";
      case "gt" -> " Value has to be greater than " + quoted(valid, zone) + ".";
      case "gte" -> " Value has to be greater than or equal to " + quoted(valid, zone) + ".";
      case "in" -> " Value has to be one of " + quotedList(valid, zone) + ".";
      case "neq" -> " Value can't be " + quoted(invalid, zone) + ".";
      case "nin" -> " Value can't be one of " + quotedList(invalid, zone) + ".";
      case "contains", "icontains" -> " Value has to contain " + quoted(substring, zone) + ".";
      case "ncontains" -> " Value can't contain " + quoted(substring, zone) + ".";
      case "null" -> " Value has to be null.";
      case "nnull" -> " Value can't be null.";
      case "empty" -> " Value has to be empty.";
      case "nempty" -> " Value can't be empty.";
      case "required" -> " Value is required.";
      case "regex" -> " Value doesn't have the correct format.";
      default -> ""; // starts_with and the other pattern names add nothing
    };
  }

  private static String quoted(@Nullable JsValue value, ZoneId zone) {
    return "\"" + JsCoercion.toJsString(value == null ? JsValue.UNDEFINED : value, zone) + "\"";
  }

  /** {@code toArray(list).map(v => `"${v}"`).join(", ")}. */
  private static String quotedList(@Nullable JsValue value, ZoneId zone) {
    List<JsValue> items = value instanceof JsArray array ? array.elements()
        : List.of(value == null ? JsValue.UNDEFINED : value);
    return items.stream().map(item -> quoted(item, zone)).collect(Collectors.joining(", "));
  }
}
