package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * engine.md §7.2: Directus' {@code validatePayload} with {@code requireAll}. {@code _and} collects
 * the failures of every child, {@code _or} passes with its first passing child (later children
 * are not looked at) or reports the failures of all. Each remaining rule is one path of object
 * levels ending in an operator; every level must be present and an object.
 */
final class PayloadValidator {

  /** One rule: the keys down to the checked value, and the check. */
  private record Leaf(List<String> path, Rule rule) {}

  private final RuleFactory rules;
  private final ZoneId zone;

  PayloadValidator(Clock clock) {
    this.rules = new RuleFactory(clock);
    this.zone = clock.getZone();
  }

  List<Failure> validate(JsObject filter, JsValue data) {
    String key = JsProperties.firstKey(filter);
    if ("_and".equals(key) || "_or".equals(key)) {
      List<Failure> failures = new ArrayList<>();
      for (JsValue child : ((JsArray) filter.get(key)).elements()) {
        List<Failure> childFailures = validate((JsObject) child, data);
        if (key.equals("_or") && childFailures.isEmpty()) {
          return List.of();
        }
        failures.addAll(childFailures);
      }
      return failures;
    }
    JsValue withFunctions = FilterFunctions.inject(data, filter, zone);
    return check(describe(filter), withFunctions);
  }

  /**
   * {@code generateJoi}: follow the first key of each level while the next level's first key is
   * not an operator. Fails like Directus for an empty level, a falsy rule, or a string where a
   * level should be (a filter given as JSON text ends here, engine.md §7.6).
   */
  private Leaf describe(JsObject filter) {
    List<String> path = new ArrayList<>();
    JsValue level = filter;
    while (true) {
      String key = JsProperties.firstKey(level);
      if (key == null) {
        throw malformed("[generateJoi] Filter doesn't contain field key. Passed filter: ", level);
      }
      JsValue value = JsProperties.firstValue(level);
      if (JsProperties.isFalsy(value)) {
        throw malformed("[generateJoi] Filter doesn't contain filter rule. Passed filter: ", level);
      }
      path.add(key);
      String inner = JsProperties.firstKey(value);
      if (inner == null || inner.startsWith("_")) {
        return new Leaf(path, rules.build(inner, inner == null ? JsValue.UNDEFINED : JsProperties.firstValue(value)));
      }
      if (value instanceof JsString) {
        // every string's first key is "0", whose value is again a string: endless recursion in JS
        throw JsException.of("RangeError", "Maximum call stack size exceeded");
      }
      level = value;
    }
  }

  private static JsException malformed(String message, JsValue filter) {
    return new JsException(JsError.error(message + JsJson.stringify(filter).orElse("undefined")));
  }

  /** Joi's nested object schemas, every key required; the root itself is not required. */
  private static List<Failure> check(Leaf leaf, JsValue data) {
    if (data.isUndefined()) {
      return List.of();
    }
    JsValue current = data;
    List<String> path = leaf.path();
    for (int i = 0; i < path.size(); i++) {
      if (!isObject(current)) {
        return List.of(Failure.of(Failure.Kind.REQUIRED).at(path.subList(0, i))); // object.base
      }
      current = member(current, path.get(i));
      if (current.isUndefined()) {
        return List.of(Failure.of(Failure.Kind.REQUIRED).at(path.subList(0, i + 1))); // any.required
      }
    }
    return leaf.rule().check(current).stream().map(failure -> failure.at(path)).toList();
  }

  /** Joi's object type: anything {@code typeof "object"} except null and arrays. */
  private static boolean isObject(JsValue value) {
    return value instanceof JsObject || value instanceof JsError || value instanceof JsDate;
  }

  /**
   * A key of a level as Joi reads it from its shallow copy of the value ({@code Object.assign}
   * onto the same prototype): own enumerable members only, so an error shows its enumerable
   * properties, an empty {@code message} and its class name.
   */
  private static JsValue member(JsValue level, String key) {
    if (level instanceof JsObject object) {
      return object.get(key);
    }
    if (level instanceof JsError error) {
      if (error.properties().has(key)) {
        return error.properties().get(key);
      }
      return key.equals("message") ? JsValue.of("") : key.equals("name") ? JsValue.of(error.name()) : JsValue.UNDEFINED;
    }
    return JsValue.UNDEFINED;
  }
}
