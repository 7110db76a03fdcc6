package dev.flowsmith.engine.item;

import dev.flowsmith.engine.item.Condition.Quantifier;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a {@link Condition} on a stored row with the SQL semantics of the Directus query
 * builder (not the condition operation's validation semantics, engine.md §7): any comparison with
 * NULL is false, so {@code _lt}, {@code _neq}, {@code _nin} and the negated LIKE operators never
 * match a null field; {@code _null}/{@code _nnull}/{@code _empty}/{@code _nempty} invert when their
 * operand is {@code false}; {@code _eq: null} is {@code IS NULL}; an undefined operand drops the
 * rule; operands are cast per field type ({@link FieldCodec#operand}).
 */
public final class RowFilter {

  private final Schema schema;
  private final RowSource source;

  public RowFilter(Schema schema, RowSource source) {
    this.schema = schema;
    this.source = source;
  }

  public boolean matches(Condition condition, JsObject row) {
    if (condition instanceof Condition.All all) {
      return all.children().stream().allMatch(child -> matches(child, row));
    }
    if (condition instanceof Condition.Any any) {
      return any.children().isEmpty() || any.children().stream().anyMatch(child -> matches(child, row));
    }
    if (condition instanceof Condition.Compare compare) {
      return compare(compare, row.get(compare.field().name()));
    }
    return related((Condition.Related) condition, row);
  }

  private boolean related(Condition.Related related, JsObject row) {
    Relation relation = related.relation();
    if (related.quantifier() == Quantifier.MANY_TO_ONE) {
      JsValue key = row.get(related.field().name());
      JsObject target = key.isNullish() ? JsObject.EMPTY
          : source.row(relation.oneCollection(), key).orElse(JsObject.EMPTY);
      return matches(related.inner(), target);
    }
    String primaryKey = schema.collection(relation.oneCollection()).orElseThrow().primaryKey();
    JsValue parentKey = row.get(primaryKey);
    boolean some = false;
    for (JsObject child : source.rows(relation.manyCollection())) {
      if (SqlValues.equal(child.get(relation.manyField()), parentKey) && matches(related.inner(), child)) {
        some = true;
        break;
      }
    }
    return related.quantifier() == Quantifier.SOME ? some : !some;
  }

  private boolean compare(Condition.Compare compare, JsValue stored) {
    FieldSchema field = compare.field();
    String operator = compare.operator();
    JsValue operand = compare.operand();
    boolean notFalse = !(operand instanceof JsBoolean b) || b.value();
    boolean isNull = stored.isNullish();
    switch (operator) {
      case "_null":
        return notFalse == isNull;
      case "_nnull":
        return notFalse != isNull;
      case "_empty":
        return notFalse == (isNull || emptyText(stored));
      case "_nempty":
        return notFalse != (isNull || emptyText(stored));
      default:
        break;
    }
    if (operand instanceof JsNull && operator.equals("_eq")) {
      return isNull;
    }
    if (operand instanceof JsNull && operator.equals("_neq")) {
      return !isNull;
    }
    boolean betweenOperator = operator.equals("_between") || operator.equals("_nbetween");
    if (operand.isUndefined() || betweenOperator && elements(operand).size() != 2) {
      return true; // Directus adds no condition for these
    }
    if (isNull) {
      return false;
    }
    JsValue value = FieldCodec.comparable(field, stored);
    return switch (operator) {
      case "_eq" -> SqlValues.equal(value, cast(field, operand));
      case "_neq" -> !SqlValues.equal(value, cast(field, operand));
      case "_lt" -> ordered(value, cast(field, operand)) < 0;
      case "_lte" -> ordered(value, cast(field, operand)) <= 0 && !cast(field, operand).isNullish();
      case "_gt" -> ordered(value, cast(field, operand)) > 0 && !cast(field, operand).isNullish();
      case "_gte" -> ordered(value, cast(field, operand)) >= 0 && !cast(field, operand).isNullish();
      case "_in" -> in(field, value, operand);
      case "_nin" -> notIn(field, value, operand);
      case "_between", "_nbetween" -> between(field, value, operand, operator.equals("_between"));
      default -> like(operator, stored, operand);
    };
  }

  /** SQL {@code <}: -1/0/1, or 0 with a null operand (whose comparisons callers reject). */
  private static int ordered(JsValue value, JsValue operand) {
    return operand.isNullish() ? 0 : SqlValues.compare(value, operand);
  }

  private static JsValue cast(FieldSchema field, JsValue operand) {
    return FieldCodec.operand(field, operand);
  }

  private static boolean in(FieldSchema field, JsValue value, JsValue operand) {
    for (JsValue element : elements(operand)) {
      if (SqlValues.equal(value, cast(field, element))) {
        return true;
      }
    }
    return false;
  }

  /** {@code NOT IN}: a NULL in the list makes every non-match unknown, hence false. */
  private static boolean notIn(FieldSchema field, JsValue value, JsValue operand) {
    for (JsValue element : elements(operand)) {
      JsValue cast = cast(field, element);
      if (cast.isNullish() || SqlValues.equal(value, cast)) {
        return false;
      }
    }
    return true;
  }

  /** {@code BETWEEN lo AND hi} (other bound counts never get here: Directus drops the rule). */
  private static boolean between(FieldSchema field, JsValue value, JsValue operand, boolean inside) {
    List<JsValue> bounds = elements(operand);
    JsValue low = cast(field, bounds.get(0));
    JsValue high = cast(field, bounds.get(1));
    if (low.isNullish() || high.isNullish()) {
      return false;
    }
    boolean within = SqlValues.compare(value, low) >= 0 && SqlValues.compare(value, high) <= 0;
    return within == inside;
  }

  /** The LIKE family: {@code %x%}, {@code x%}, {@code %x}; {@code i} lower-cases, {@code n} negates. */
  private static boolean like(String operator, JsValue stored, JsValue operand) {
    String name = operator.substring(1);
    boolean negated = name.startsWith("n") && !name.equals("nempty");
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
    String value = SqlValues.text(stored);
    boolean matched = SqlValues.like(insensitive ? SqlValues.asciiLower(value) : value, pattern);
    return matched != negated;
  }

  private static boolean emptyText(JsValue stored) {
    return stored instanceof JsString s && s.value().isEmpty();
  }

  private static List<JsValue> elements(JsValue operand) {
    return operand instanceof JsArray array ? array.elements() : List.of(operand);
  }
}
