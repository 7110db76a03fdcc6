package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsValue;
import java.util.List;

/**
 * A query filter after normalisation ({@link FilterCompiler}): fields resolved against the schema,
 * operands with dynamic variables replaced and list operands as lists. {@link SqlConditions} turns it
 * into a WHERE clause.
 */
public sealed interface Condition {

  Condition ALWAYS = new All(List.of());

  /** Every child holds; no children holds always. */
  record All(List<Condition> children) implements Condition {
    public All {
      children = List.copyOf(children);
    }
  }

  /** At least one child holds; no children holds always (an empty SQL group adds no condition). */
  record Any(List<Condition> children) implements Condition {
    public Any {
      children = List.copyOf(children);
    }
  }

  /** {@code {field: {operator: operand}}} on a column of the current collection. */
  record Compare(FieldSchema field, String operator, JsValue operand) implements Condition {}

  /**
   * A condition on related items: through a many-to-one field the related row (a missing one reads
   * as all-null, like a LEFT JOIN); through a one-to-many alias, some ({@code _some}) or none
   * ({@code _none}) of the related rows, or, for a plain path such as
   * {@code {"comments": {"text": {"_empty": true}}}}, {@link Quantifier#JOINED}.
   */
  record Related(FieldSchema field, Relation relation, Quantifier quantifier, Condition inner)
      implements Condition {}

  enum Quantifier {
    MANY_TO_ONE,
    SOME,
    NONE,
    /**
     * A path through a one-to-many alias as Directus 11.11 joins it (LEFT JOIN, then distinct
     * parents): some related row matches, or, when there is none, the all-null row does, so a
     * parent without comments matches {@code {"comments": {"text": {"_null": true}}}}.
     */
    JOINED
  }
}
