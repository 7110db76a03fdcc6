package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One failed rule before it becomes an error (engine.md §7.4): where it failed and what Joi would
 * have reported, reduced to what Directus' error mapping reads.
 *
 * @param path the keys from the data chain's top down to the failing value
 * @param detail allowed values (ONLY), denied values (INVALID), the limit (comparisons), the
 *     substring (CONTAINS, NCONTAINS, NAMED_PATTERN) or the value (PATTERN)
 * @param name the pattern name of a NAMED_PATTERN failure ({@code starts_with}, …)
 */
record Failure(List<String> path, Kind kind, @Nullable JsValue detail, @Nullable String name) {

  /** What Directus maps a Joi error to; UNCLASSIFIED is a Joi error its mapping cannot read. */
  enum Kind { REQUIRED, ONLY, INVALID, GREATER, MIN, LESS, MAX, CONTAINS, NCONTAINS, PATTERN, NAMED_PATTERN, UNCLASSIFIED }

  Failure {
    path = List.copyOf(path);
  }

  static Failure of(Kind kind) {
    return new Failure(List.of(), kind, null, null);
  }

  static Failure of(Kind kind, JsValue detail) {
    return new Failure(List.of(), kind, detail, null);
  }

  Failure at(List<String> where) {
    return new Failure(where, kind, detail, name);
  }
}
