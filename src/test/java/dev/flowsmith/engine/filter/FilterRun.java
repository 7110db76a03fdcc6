package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Runs a filter the way tests need it: a fixed clock, JSON written with single quotes, outcomes as data. */
final class FilterRun {

  static final Instant NOW = Instant.parse("2024-05-15T10:30:00.000Z");
  static final Clock UTC = Clock.fixed(NOW, ZoneId.of("UTC"));

  /** What a validation ended with: passed, failed rules, or a single plain error. */
  sealed interface Outcome permits Passed, Failed, Broken {}

  record Passed() implements Outcome {}

  record Failed(List<JsError> errors) implements Outcome {
    List<String> types() {
      return errors.stream().map(e -> ((JsObject) e.get("extensions")).get("type"))
          .map(type -> ((JsString) type).value()).toList();
    }

    List<String> messages() {
      return errors.stream().map(JsError::message).toList();
    }
  }

  record Broken(JsError error) implements Outcome {
    String text() {
      return error.name() + ": " + error.message();
    }
  }

  private FilterRun() {}

  /** JSON with ' for " so that filters read well in Java strings. */
  static JsValue json(String singleQuoted) {
    return JsJson.parse(singleQuoted.replace('\'', '"'));
  }

  static Outcome run(String filter, String data) {
    return run(json(filter), json(data), JsValue.NULL, UTC);
  }

  static Outcome run(JsValue filter, JsValue data, JsValue accountability, Clock clock) {
    try {
      JsValue result = FilterValidator.validate(filter, data, accountability, clock);
      if (!result.equals(JsValue.NULL)) {
        throw new AssertionError("a condition resolves null, not " + result);
      }
      return new Passed();
    } catch (JsException e) {
      if (e.value() instanceof JsArray errors) {
        return new Failed(errors.elements().stream().map(JsError.class::cast).toList());
      }
      return new Broken((JsError) e.value());
    }
  }
}
