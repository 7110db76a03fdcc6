package dev.flowsmith.engine.item;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which filter operators a field type accepts in a query, as Directus 11.11 checks them while it
 * builds the SQL (validateOperator with @directus/utils {@code getFilterOperatorsForType} of that
 * release): text types take the equality, list, null/empty and LIKE families but no {@code _lt},
 * {@code _gt} or {@code _between}; numbers and dates the comparisons but no {@code _empty};
 * booleans only {@code _eq}, {@code _neq}, {@code _null}, {@code _nnull}. Any other operator,
 * including the validation-only {@code _regex} and {@code _submitted}, rejects with
 * {@code INVALID_QUERY} {@code "<type>" field type does not contain the "<operator>" filter operator}.
 *
 * <p>The check covers every filter that reaches the builder: the root filter (also of aggregate,
 * by-key and write read-backs), relational paths (the leaf field's type), {@code _some}/{@code _none}
 * and deep {@code _filter}. When several operators are wrong, the one reported is the first the
 * builder meets: knex runs a nested group's callback only when it compiles the statement, so at
 * each level the plain conditions and m2o/o2m paths are checked in order first, then the groups
 * ({@code _and}/{@code _or}, a field or related object with several keys, which parseFilter turns
 * into an {@code _and}) and {@code _some}/{@code _none} subqueries, each in turn, depth-first.
 */
final class FilterOperators {

  /** Operators whose operand is a list: a string is split on commas, an array flattened once. */
  static final Set<String> LIST_OPERATORS = Set.of("_in", "_nin", "_between", "_nbetween");

  private static final List<String> TEXT = List.of("contains", "ncontains", "icontains", "starts_with",
      "nstarts_with", "istarts_with", "nistarts_with", "ends_with", "nends_with", "iends_with", "niends_with",
      "eq", "neq", "empty", "nempty", "null", "nnull", "in", "nin");
  private static final List<String> ORDERED = List.of("eq", "neq", "lt", "lte", "gt", "gte", "between",
      "nbetween", "null", "nnull", "in", "nin");
  private static final List<String> OTHER = List.of("contains", "ncontains", "eq", "neq", "lt", "lte", "gt",
      "gte", "between", "nbetween", "empty", "nempty", "null", "nnull", "in", "nin");

  private FilterOperators() {}

  /** Rejects the first operator its field's type lacks, in the order the query builder checks them. */
  static void checkInBuilderOrder(Condition condition) {
    if (condition instanceof Condition.All all) {
      checkGroup(all.children());
    } else if (condition instanceof Condition.Any any) {
      checkGroup(any.children());
    } else {
      checkGroup(List.of(condition));
    }
  }

  private static void checkGroup(List<Condition> members) {
    for (Condition member : members) {
      Condition.Compare leaf = pathLeaf(member);
      if (leaf != null) {
        check(leaf.field(), leaf.operator());
      }
    }
    for (Condition member : members) {
      if (pathLeaf(member) == null) {
        checkInBuilderOrder(deferred(member));
      }
    }
  }

  /** The comparison a member checks as soon as the builder adds it: a field or a path to one. */
  private static Condition.@Nullable Compare pathLeaf(Condition member) {
    if (member instanceof Condition.Compare compare) {
      return compare;
    }
    if (member instanceof Condition.Related related && isPath(related)) {
      return pathLeaf(related.inner());
    }
    return null;
  }

  /** What a deferred member checks when its callback runs: a group's members or a subquery's filter. */
  private static Condition deferred(Condition member) {
    Condition inner = member;
    while (inner instanceof Condition.Related related && isPath(related)) {
      inner = related.inner(); // parseFilter moves a path's several keys up into an _and
    }
    return inner instanceof Condition.Related subquery ? subquery.inner() : inner;
  }

  private static boolean isPath(Condition.Related related) {
    return related.quantifier() == Condition.Quantifier.MANY_TO_ONE
        || related.quantifier() == Condition.Quantifier.JOINED;
  }

  static void check(FieldSchema field, String operator) {
    String bare = operator.substring(1);
    if (!forType(field.type()).contains(bare)) {
      throw ItemErrors.invalidQuery("\"" + field.type().directusName()
          + "\" field type does not contain the \"" + operator + "\" filter operator");
    }
    if (field.hasSpecial("conceal") && !forType(FieldType.HASH).contains(bare)) {
      throw ItemErrors.invalidQuery("Field with \"conceal\" special does not allow the \"" + operator
          + "\" filter operator");
    }
  }

  private static List<String> forType(FieldType type) {
    return switch (type) {
      case STRING, TEXT, CSV -> TEXT;
      case HASH -> List.of("empty", "nempty", "null", "nnull");
      case UUID -> List.of("eq", "neq", "null", "nnull", "in", "nin");
      case JSON -> List.of("null", "nnull");
      case BOOLEAN -> List.of("eq", "neq", "null", "nnull");
      case INTEGER, BIG_INTEGER, DECIMAL, FLOAT, DATE_TIME, DATE, TIME -> ORDERED;
      default -> OTHER;
    };
  }
}
