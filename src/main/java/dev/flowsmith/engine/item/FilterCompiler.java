package dev.flowsmith.engine.item;

import dev.flowsmith.engine.filter.DynamicVariables;
import dev.flowsmith.engine.item.Condition.Quantifier;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a query's {@code filter} into a {@link Condition} the way Directus reads query filters
 * (parseFilter, then the query builder): several keys are ANDed; a non-object value is shorthand for
 * {@code _eq}; {@code _and}/{@code _or} take arrays and may also appear under a field; list operands
 * are split/flattened; dynamic variables ({@link DynamicVariables}) are replaced; a key that is not
 * an operator walks into a related collection (m2o, or o2m with "some" semantics, {@code _some} /
 * {@code _none}). Unknown fields reject with FORBIDDEN, operators a type lacks with INVALID_QUERY.
 */
public final class FilterCompiler {

  private final Schema schema;
  private final DynamicVariables variables;

  public FilterCompiler(Schema schema, FilterContext context) {
    this.schema = schema;
    this.variables = context.variables();
  }

  public Condition compile(CollectionSchema collection, @Nullable JsValue filter) {
    Condition condition = build(collection, filter);
    FilterOperators.checkInBuilderOrder(condition);
    return condition;
  }

  private Condition build(CollectionSchema collection, @Nullable JsValue filter) {
    if (filter == null || filter.isNullish()) {
      return Condition.ALWAYS;
    }
    if (!(filter instanceof JsObject object)) {
      throw ItemErrors.invalidQuery("\"filter\" must be of type object");
    }
    List<Condition> parts = new ArrayList<>();
    for (Map.Entry<String, JsValue> entry : object.members().entrySet()) {
      String key = entry.getKey();
      if (key.equals("_and") || key.equals("_or")) {
        List<Condition> children = new ArrayList<>();
        for (JsValue child : logicalChildren(entry.getValue())) {
          children.add(build(collection, child));
        }
        parts.add(key.equals("_and") ? new Condition.All(children) : new Condition.Any(children));
      } else {
        FieldSchema field = collection.field(key).orElseThrow(ItemErrors::forbidden);
        parts.add(onField(collection, field, entry.getValue()));
      }
    }
    return joined(parts);
  }

  private Condition onField(CollectionSchema collection, FieldSchema field, JsValue value) {
    if (!(value instanceof JsObject rules)) {
      return compare(field, "_eq", value);
    }
    Optional<Relation> manyToOne = schema.manyToOne(collection.name(), field.name());
    Optional<Relation> oneToMany = schema.oneToMany(collection.name(), field.name());
    List<Condition> parts = new ArrayList<>();
    for (Map.Entry<String, JsValue> rule : rules.members().entrySet()) {
      String key = rule.getKey();
      JsValue operand = rule.getValue();
      if (oneToMany.isPresent() && (key.equals("_some") || key.equals("_none"))) {
        Relation relation = oneToMany.get();
        parts.add(new Condition.Related(field, relation, key.equals("_some") ? Quantifier.SOME : Quantifier.NONE,
            build(related(relation.manyCollection()), operand)));
      } else if (key.equals("_and") || key.equals("_or")) {
        List<Condition> children = new ArrayList<>();
        for (JsValue child : logicalChildren(operand)) {
          children.add(onField(collection, field, child));
        }
        parts.add(key.equals("_and") ? new Condition.All(children) : new Condition.Any(children));
      } else if (key.startsWith("_")) {
        if (field.isAlias()) {
          throw ItemErrors.forbidden();
        }
        parts.add(compare(field, key, operand));
      } else {
        JsObject nested = JsObject.of(key, operand);
        if (manyToOne.isPresent()) {
          Relation relation = manyToOne.get();
          parts.add(new Condition.Related(field, relation, Quantifier.MANY_TO_ONE,
              build(related(relation.oneCollection()), nested)));
        } else if (oneToMany.isPresent()) {
          Relation relation = oneToMany.get();
          parts.add(new Condition.Related(field, relation, Quantifier.JOINED,
              build(related(relation.manyCollection()), nested)));
        } else {
          throw ItemErrors.forbidden();
        }
      }
    }
    return joined(parts);
  }

  private Condition compare(FieldSchema field, String operator, JsValue operand) {
    if (FilterOperators.LIST_OPERATORS.contains(operator)) {
      List<JsValue> list = new ArrayList<>();
      for (JsValue element : listOperand(operand)) {
        list.add(variables.resolve(element));
      }
      return new Condition.Compare(field, operator, new JsArray(list));
    }
    return new Condition.Compare(field, operator, variables.resolve(operand));
  }

  /** parseFilter's list operands: "a,b" → ["a","b"], [[1,2],3] → [1,2,3], {x:1} → [1], 5 → [5]. */
  private static List<JsValue> listOperand(JsValue operand) {
    List<JsValue> list = new ArrayList<>();
    if (operand instanceof JsString s) {
      for (String part : s.value().split(",", -1)) {
        list.add(JsValue.of(part));
      }
    } else if (operand instanceof JsArray array) {
      for (JsValue element : array.elements()) {
        if (element instanceof JsArray inner) {
          list.addAll(inner.elements());
        } else {
          list.add(element);
        }
      }
    } else if (operand instanceof JsObject object) {
      list.addAll(object.members().values());
    } else if (!operand.isUndefined()) {
      list.add(operand);
    }
    return list;
  }

  private static List<JsValue> logicalChildren(JsValue value) {
    if (value instanceof JsArray array) {
      return array.elements();
    }
    throw ItemErrors.invalidQuery("Invalid filter object");
  }

  private CollectionSchema related(String name) {
    return schema.collection(name).orElseThrow(ItemErrors::forbidden);
  }

  private static Condition joined(List<Condition> parts) {
    return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
  }
}
