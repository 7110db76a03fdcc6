package dev.flowsmith.engine.item;

import java.util.List;
import java.util.Set;

/**
 * Which filter operators a field type accepts in a query (@directus/utils
 * {@code getFilterOperatorsForType}); any other operator, including the validation-only
 * {@code _regex} and {@code _submitted}, rejects with {@code INVALID_QUERY}.
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
