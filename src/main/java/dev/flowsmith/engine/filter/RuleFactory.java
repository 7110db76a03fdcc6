package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule for one operator and its (normalised) operand, as Directus' {@code generateJoi}
 * builds it (engine.md §7.3). Building can fail before any data is looked at, with the plain
 * errors of §7.5/§7.6: Joi's argument checks and the regex SyntaxError.
 */
final class RuleFactory {

  private static final double MAX_SAFE_INTEGER = 9_007_199_254_740_991d;

  private final Clock clock;

  RuleFactory(Clock clock) {
    this.clock = clock;
  }

  Rule build(@Nullable String operator, JsValue operand) {
    if (operator == null) {
      return Rule.ANY;
    }
    return switch (operator) {
      case "_eq" -> Rule.valueSet(true, withNumericTwin(operand, "valid"));
      case "_neq" -> Rule.valueSet(false, withNumericTwin(operand, "invalid"));
      case "_in" -> Rule.valueSet(true, flatValues(operand, "valid"));
      case "_nin" -> Rule.valueSet(false, flatValues(operand, "invalid"));
      case "_null" -> Rule.valueSet(true, List.of(JsValue.NULL));
      case "_nnull" -> Rule.valueSet(false, List.of(JsValue.NULL));
      case "_empty" -> Rule.valueSet(true, List.of(JsValue.of("")));
      case "_nempty" -> Rule.valueSet(false, List.of(JsValue.of("")));
      case "_contains" -> contains(TextRule.Contains.CONTAINS, operand);
      case "_icontains" -> contains(TextRule.Contains.ICONTAINS, operand);
      case "_ncontains" -> contains(TextRule.Contains.NCONTAINS, operand);
      case "_starts_with" -> affix("starts_with", operand, true, false, false);
      case "_nstarts_with" -> affix("nstarts_with", operand, true, false, true);
      case "_istarts_with" -> affix("istarts_with", operand, true, true, false);
      case "_nistarts_with" -> affix("nistarts_with", operand, true, true, true);
      case "_ends_with" -> affix("ends_with", operand, false, false, false);
      case "_nends_with" -> affix("nends_with", operand, false, false, true);
      case "_iends_with" -> affix("iends_with", operand, false, true, false);
      case "_niends_with" -> affix("niends_with", operand, false, true, true);
      case "_gt" -> compare(Failure.Kind.GREATER, operand);
      case "_gte" -> compare(Failure.Kind.MIN, operand);
      case "_lt" -> compare(Failure.Kind.LESS, operand);
      case "_lte" -> compare(Failure.Kind.MAX, operand);
      case "_between" -> between(operand, Failure.Kind.MIN, Failure.Kind.MAX);
      case "_nbetween" -> between(operand, Failure.Kind.LESS, Failure.Kind.GREATER);
      case "_regex" -> regex(operand);
      default -> Rule.ANY; // _submitted, _some, _none, geo and unknown operators: present is enough
    };
  }

  /**
   * engine.md §7.3 {@code _eq}: a number also accepts its text, a numeric string also its number;
   * null, "", booleans and non-numeric operands are strict. An array operand is refused by Joi.
   */
  private static List<JsValue> withNumericTwin(JsValue operand, String method) {
    JsValue twin = null;
    if (operand instanceof JsNumber number) {
      twin = JsValue.of(number.toString());
    } else if (!(operand instanceof JsNull || operand.equals(JsValue.of("")) || operand instanceof JsBoolean)) {
      double n = JsCoercion.toNumber(operand);
      twin = Double.isNaN(n) ? null : JsValue.of(n);
    }
    List<JsValue> values = twin == null ? List.of(operand) : List.of(operand, twin);
    checkFlat(values, method);
    return values;
  }

  private static List<JsValue> flatValues(JsValue operand, String method) {
    List<JsValue> values = operand instanceof JsArray array ? array.elements() : List.of(operand);
    checkFlat(values, method);
    return values;
  }

  /** Joi's {@code valid()}/{@code invalid()} refuse array arguments (engine.md §7.6) and undefined. */
  private static void checkFlat(List<JsValue> values, String method) {
    if (values.stream().anyMatch(JsArray.class::isInstance)) {
      throw new JsException(JsError.error("Method no longer accepts array arguments: " + method));
    }
    if (values.contains(JsValue.UNDEFINED)) {
      throw new JsException(JsError.error("Cannot call allow/valid/invalid with undefined"));
    }
  }

  private static Rule contains(TextRule.Contains mode, JsValue operand) {
    return operand instanceof JsString text ? TextRule.contains(mode, text.value()) : mustBeTrue();
  }

  private static Rule affix(String name, JsValue operand, boolean prefix, boolean insensitive, boolean negated) {
    return operand instanceof JsString text
        ? TextRule.affix(name, text.value(), prefix, insensitive, negated) : mustBeTrue();
  }

  /** A non-string operand degenerates the rule to "the value must be true" (engine.md §7.3). */
  private static Rule mustBeTrue() {
    return Rule.valueSet(true, List.of(JsValue.TRUE));
  }

  private Rule regex(JsValue operand) {
    if (operand.isNullish()) {
      return mustBeTrue();
    }
    String source = JsCoercion.toJsString(operand, clock.getZone());
    boolean wrapped = operand instanceof JsString && source.startsWith("/") && source.endsWith("/");
    String pattern = wrapped ? source.substring(1, Math.max(1, source.length() - 1)) : source;
    return TextRule.regex(JsRegex.compile(pattern));
  }

  /** Date mode when the operand is a Date or not a number (engine.md §7.3), else number mode. */
  private Rule compare(Failure.Kind kind, JsValue operand) {
    double n = JsCoercion.toNumber(operand);
    if (operand instanceof JsDate || Double.isNaN(n)) {
      return ComparisonRule.date(List.of(new ComparisonRule.Bound(kind, dateLimit(operand))), clock);
    }
    return ComparisonRule.number(List.of(new ComparisonRule.Bound(kind, JsValue.of(n))));
  }

  private Rule between(JsValue operand, Failure.Kind low, Failure.Kind high) {
    List<JsValue> bounds = operand instanceof JsArray array ? array.elements() : List.of(operand);
    JsValue first = bounds.isEmpty() ? JsValue.UNDEFINED : bounds.get(0);
    JsValue second = bounds.size() < 2 ? JsValue.UNDEFINED : bounds.get(1);
    boolean numeric = bounds.stream().allMatch(bound -> {
      double n = bound instanceof JsDate ? Double.NaN : JsCoercion.toNumber(bound);
      return !Double.isNaN(n) && Math.abs(n) <= MAX_SAFE_INTEGER;
    });
    if (numeric) {
      return ComparisonRule.number(List.of(new ComparisonRule.Bound(low, numberLimit(first)),
          new ComparisonRule.Bound(high, numberLimit(second))));
    }
    return ComparisonRule.date(List.of(new ComparisonRule.Bound(low, dateLimit(first)),
        new ComparisonRule.Bound(high, dateLimit(second))), clock);
  }

  private static JsValue numberLimit(JsValue bound) {
    double n = JsCoercion.toNumber(bound);
    if (Double.isNaN(n)) {
      throw new JsException(JsError.error("limit must be a number or reference"));
    }
    return JsValue.of(n);
  }

  /** Joi's date limit: {@code "now"} stays, a Date stays (even invalid), anything else is parsed. */
  private JsValue dateLimit(JsValue bound) {
    if (bound.equals(JsValue.of("now")) || bound instanceof JsDate) {
      return bound;
    }
    JsDate date = ComparisonRule.joiDate(bound, clock.getZone());
    if (date == null) {
      throw new JsException(JsError.error("date must have a valid date format or reference"));
    }
    return date;
  }
}
