package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The check one filter operator makes on a value that is present (engine.md §7.3); a missing
 * value fails as {@code required} before any rule runs. A rule reports failures as Joi would
 * (all of them: Directus validates with {@code abortEarly: false}).
 */
interface Rule {

  /** {@code _submitted}, unknown operators, {@code _some}/{@code _none}: any present value. */
  Rule ANY = value -> List.of();

  /** The failures for {@code value}, which is not undefined; empty when it passes. */
  List<Failure> check(JsValue value);

  /**
   * Joi's {@code valid(...)} ({@code only}) or {@code invalid(...)}: membership by strict equality,
   * objects compared deeply. Duplicates are dropped, as Joi's value set does. No values at all
   * means no restriction ({@code _in: []} passes).
   */
  static Rule valueSet(boolean only, List<JsValue> values) {
    List<JsValue> distinct = new ArrayList<>();
    for (JsValue value : values) {
      if (!distinct.contains(value)) {
        distinct.add(value);
      }
    }
    return value -> {
      boolean member = distinct.contains(value);
      if (only && !distinct.isEmpty() && !member) {
        return List.of(Failure.of(Failure.Kind.ONLY, new JsArray(distinct)));
      }
      if (!only && member) {
        return List.of(Failure.of(Failure.Kind.INVALID, new JsArray(distinct)));
      }
      return List.of();
    };
  }
}
