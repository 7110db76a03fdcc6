package dev.flowsmith.format.lint;

import static org.assertj.core.api.Assertions.tuple;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.assertj.core.groups.Tuple;

/** Small flows built in code for the lint tests; the base flow lints clean. */
final class TestFlows {

  static final String FLOW_ID = id("flow");

  private TestFlows() {}

  /** A stable UUID per name, so ids read well in tests and still pass the UUID check. */
  static String id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** JSON with single quotes for readability: {@code json("{'a': 1}")}. */
  static JsonValue json(String text) {
    try {
      return JsonText.parseValue(text.replace('\'', '"'));
    } catch (FlowFormatException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static Operation op(String key, String type, int x, int y, String options) {
    return Operation.create(id(key), key, type, new GridPosition(x, y), FLOW_ID).withOptions(json(options));
  }

  /**
   * A webhook flow: {@code read} (item-read, index 0) resolves to {@code notify} (log, index 1)
   * and rejects to {@code failed} (log, index 2).
   */
  static Flow base() {
    Operation read = op("read", "item-read", 19, 1, "{'collection': 'articles', 'key': ['{{ $trigger.body.id }}']}")
        .withResolve(id("notify")).withReject(id("failed"));
    Operation notify = op("notify", "log", 37, 1, "{'message': 'Read {{ read.title }}'}");
    Operation failed = op("failed", "log", 37, 17, "{'message': 'Failed: {{ read.message }}'}");
    return Flow.create(FLOW_ID, "Test flow").withTrigger("webhook", json("{'method': 'POST'}"))
        .withEntry(read.id()).withOperations(List.of(read, notify, failed));
  }

  /** The same operation with another type (the model has no wither for it: a type change resets options). */
  static Operation retyped(Operation op, String type, String options) {
    return new Operation(op.id(), op.name(), op.key(), type, op.position(), json(options), op.resolve(), op.reject(),
        op.flow(), op.dateCreated(), op.userCreated(), op.extra());
  }

  /** The base flow with operation {@code key} turned into another type with these options. */
  static Flow retype(String key, String type, String options) {
    return change(base(), key, op -> retyped(op, type, options));
  }

  /** The base flow with one operation (by key) changed. */
  static Flow change(Flow flow, String key, UnaryOperator<Operation> change) {
    return flow.withOperation(id(key), change);
  }

  static Flow withOptions(String key, String options) {
    return change(base(), key, op -> op.withOptions(json(options)));
  }

  static List<LintProblem> lint(Flow flow) {
    return new Linter(StandardOperations.types()).lint(flow);
  }

  /** Each problem as (code, severity, path), the three things every check test asserts. */
  static List<Tuple> found(List<LintProblem> problems) {
    return problems.stream().map(p -> tuple(p.code(), p.severity(), p.path())).toList();
  }

  static Tuple problem(String code, Severity severity, String path) {
    return tuple(code, severity, path);
  }

  static JsonObject object(String text) {
    return (JsonObject) json(text);
  }
}
