package dev.flowsmith.engine.item;

import dev.flowsmith.engine.item.Condition.Quantifier;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Condition} as a parameterised SQL expression with the semantics of the Directus query
 * builder on SQLite (engine.md §6.4): any comparison with NULL is false, so {@code _lt},
 * {@code _neq}, {@code _nin} and the negated LIKE operators never match a null field;
 * {@code _null}/{@code _nnull}/{@code _empty}/{@code _nempty} invert when their operand is
 * {@code false}; {@code _eq: null} is {@code IS NULL}; an undefined operand drops the rule; operands
 * are cast per field type ({@link FieldCodec#operand}) so SQLite's affinity leaves them as the
 * server binds them. LIKE is SQLite's: ASCII case-insensitive, {@code %} and {@code _} wildcards
 * (Directus does not escape them). A many-to-one path reads a missing related row as all-null, like
 * Directus's LEFT JOIN, and so does a plain one-to-many path for a parent without related rows;
 * {@code _some} is {@code EXISTS}, {@code _none} {@code NOT EXISTS}.
 */
final class SqlConditions {

  /** Date and dateTime text as epoch milliseconds (registered by {@link SqliteTables}). */
  static final String DATE_FUNCTION = "flowsmith_date";

  private final Schema schema;
  private final SqlParts parts;

  SqlConditions(Schema schema, SqlParts parts) {
    this.schema = schema;
    this.parts = parts;
  }

  String where(Condition condition, String alias) {
    if (condition instanceof Condition.All all) {
      return group(all.children(), alias, " AND ", "1");
    }
    if (condition instanceof Condition.Any any) {
      return group(any.children(), alias, " OR ", "1");
    }
    if (condition instanceof Condition.Compare compare) {
      return compare(compare, alias);
    }
    return related((Condition.Related) condition, alias);
  }

  private String group(List<Condition> children, String alias, String joiner, String empty) {
    if (children.isEmpty()) {
      return empty;
    }
    List<String> sql = new ArrayList<>();
    for (Condition child : children) {
      sql.add(where(child, alias));
    }
    return sql.size() == 1 ? sql.get(0) : "(" + String.join(joiner, sql) + ")";
  }

  private String related(Condition.Related related, String alias) {
    Relation relation = related.relation();
    String inner = parts.alias();
    if (related.quantifier() == Quantifier.MANY_TO_ONE) {
      CollectionSchema one = schema.collection(relation.oneCollection()).orElseThrow(ItemErrors::forbidden);
      // One row left-joined to the related one: a missing row reads as NULLs, as in Directus's join.
      return "EXISTS (SELECT 1 FROM (SELECT 1) LEFT JOIN " + SqliteColumns.quote(one.name()) + " " + inner
          + " ON " + column(inner, one.primaryKey()) + " = " + column(alias, relation.manyField())
          + " WHERE " + where(related.inner(), inner) + ")";
    }
    CollectionSchema one = schema.collection(relation.oneCollection()).orElseThrow(ItemErrors::forbidden);
    String children = SqliteColumns.quote(relation.manyCollection()) + " " + inner;
    String linked = column(inner, relation.manyField()) + " = " + column(alias, one.primaryKey());
    if (related.quantifier() == Quantifier.JOINED) {
      // The parent's rows of Directus's LEFT JOIN: one per child, or one all-null row without children.
      return "EXISTS (SELECT 1 FROM (SELECT 1) LEFT JOIN " + children + " ON " + linked
          + " WHERE " + where(related.inner(), inner) + ")";
    }
    String exists = "EXISTS (SELECT 1 FROM " + children + " WHERE " + linked + " AND "
        + where(related.inner(), inner) + ")";
    return related.quantifier() == Quantifier.SOME ? exists : "NOT " + exists;
  }

  private String compare(Condition.Compare compare, String alias) {
    FieldSchema field = compare.field();
    String operator = compare.operator();
    JsValue operand = compare.operand();
    boolean notFalse = !(operand instanceof JsBoolean b) || b.value();
    String column = column(alias, field.name());
    String isNull = column + " IS NULL";
    String isEmpty = "(" + column + " IS NULL OR " + column + " = '')";
    switch (operator) {
      case "_null":
        return notFalse ? isNull : "NOT " + isNull;
      case "_nnull":
        return notFalse ? "NOT " + isNull : isNull;
      case "_empty":
        return notFalse ? isEmpty : "NOT " + isEmpty;
      case "_nempty":
        return notFalse ? "NOT " + isEmpty : isEmpty;
      default:
        break;
    }
    if (operand instanceof JsNull && operator.equals("_eq")) {
      return isNull;
    }
    if (operand instanceof JsNull && operator.equals("_neq")) {
      return "NOT " + isNull;
    }
    boolean betweenOperator = operator.equals("_between") || operator.equals("_nbetween");
    if (operand.isUndefined() || betweenOperator && elements(operand).size() != 2) {
      return "1"; // Directus adds no condition for these
    }
    String value = comparable(field, column);
    return switch (operator) {
      case "_eq" -> value + " = " + parts.param(cast(field, operand));
      case "_neq" -> value + " <> " + parts.param(cast(field, operand));
      case "_lt" -> value + " < " + parts.param(cast(field, operand));
      case "_lte" -> value + " <= " + parts.param(cast(field, operand));
      case "_gt" -> value + " > " + parts.param(cast(field, operand));
      case "_gte" -> value + " >= " + parts.param(cast(field, operand));
      case "_in" -> in(field, value, operand, false);
      case "_nin" -> in(field, value, operand, true);
      case "_between", "_nbetween" -> between(field, value, operand, operator.equals("_nbetween"));
      default -> like(operator, column, operand);
    };
  }

  /** Date and dateTime columns compare as epoch milliseconds, like their operands. */
  static String comparable(FieldSchema field, String column) {
    return field.type() == FieldType.DATE || field.type() == FieldType.DATE_TIME
        ? DATE_FUNCTION + "(" + column + ")" : column;
  }

  static String column(String alias, String field) {
    return alias + "." + SqliteColumns.quote(field);
  }

  private static JsValue cast(FieldSchema field, JsValue operand) {
    return FieldCodec.operand(field, operand);
  }

  /** {@code IN}/{@code NOT IN}; an empty list matches nothing / every non-null value. */
  private String in(FieldSchema field, String value, JsValue operand, boolean negated) {
    List<JsValue> elements = elements(operand);
    if (elements.isEmpty()) {
      return negated ? value + " IS NOT NULL" : "0";
    }
    List<String> marks = new ArrayList<>();
    for (JsValue element : elements) {
      marks.add(parts.param(cast(field, element)));
    }
    return value + (negated ? " NOT IN (" : " IN (") + String.join(", ", marks) + ")";
  }

  private String between(FieldSchema field, String value, JsValue operand, boolean negated) {
    List<JsValue> bounds = elements(operand);
    return value + (negated ? " NOT BETWEEN " : " BETWEEN ") + parts.param(cast(field, bounds.get(0)))
        + " AND " + parts.param(cast(field, bounds.get(1)));
  }

  /** The LIKE family: {@code %x%}, {@code x%}, {@code %x}; {@code i} lower-cases, {@code n} negates. */
  private String like(String operator, String column, JsValue operand) {
    String name = operator.substring(1);
    boolean negated = name.startsWith("n");
    if (negated) {
      name = name.substring(1);
    }
    boolean insensitive = name.startsWith("i");
    if (insensitive) {
      name = name.substring(1);
    }
    String text = SqlValues.text(operand);
    String needle = insensitive ? text.toLowerCase(Locale.ROOT) : text;
    String pattern = switch (name) {
      case "contains" -> "%" + needle + "%";
      case "starts_with" -> needle + "%";
      case "ends_with" -> "%" + needle;
      default -> throw ItemErrors.invalidQuery("Unknown filter operator \"" + operator + "\"");
    };
    String subject = insensitive ? "LOWER(" + column + ")" : column;
    return subject + (negated ? " NOT LIKE " : " LIKE ") + parts.param(JsValue.of(pattern));
  }

  private static List<JsValue> elements(JsValue operand) {
    return operand instanceof JsArray array ? array.elements() : List.of(operand);
  }
}
