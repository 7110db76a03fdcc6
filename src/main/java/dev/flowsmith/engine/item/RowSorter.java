package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Orders stored rows by a query's {@code sort}: {@code field} ascending, {@code -field} descending,
 * several keys in turn, {@code author.name} through many-to-one relations. SQLite order: NULL first
 * ascending (last descending), numbers before text, text case-sensitive (Directus 11.11 adds no
 * collation). Ties keep storage order.
 */
public final class RowSorter {

  private final Schema schema;
  private final RowSource source;

  public RowSorter(Schema schema, RowSource source) {
    this.schema = schema;
    this.source = source;
  }

  /** A comparator for the sort keys; unknown fields reject with FORBIDDEN. */
  public Comparator<JsObject> comparator(CollectionSchema collection, List<String> sort) {
    Comparator<JsObject> order = (a, b) -> 0;
    for (String entry : sort) {
      if (entry.isEmpty()) {
        continue;
      }
      boolean descending = entry.startsWith("-");
      List<PathStep> path = path(collection, descending ? entry.substring(1) : entry);
      Comparator<JsObject> key = (a, b) -> SqlValues.compare(value(path, a), value(path, b));
      order = order.thenComparing(descending ? key.reversed() : key);
    }
    return order;
  }

  private record PathStep(FieldSchema field, Optional<Relation> relation) {}

  private List<PathStep> path(CollectionSchema collection, String dotted) {
    List<PathStep> steps = new ArrayList<>();
    CollectionSchema current = collection;
    String[] names = dotted.split("\\.", -1);
    for (int i = 0; i < names.length; i++) {
      FieldSchema field = current.field(names[i]).filter(f -> !f.isAlias()).orElseThrow(ItemErrors::forbidden);
      Optional<Relation> relation = Optional.empty();
      if (i < names.length - 1) {
        relation = schema.manyToOne(current.name(), field.name());
        current = schema.collection(relation.orElseThrow(ItemErrors::forbidden).oneCollection())
            .orElseThrow(ItemErrors::forbidden);
      }
      steps.add(new PathStep(field, relation));
    }
    return steps;
  }

  private JsValue value(List<PathStep> path, JsObject row) {
    JsObject current = row;
    for (PathStep step : path) {
      JsValue stored = current.get(step.field().name());
      if (step.relation().isEmpty()) {
        return FieldCodec.comparable(step.field(), stored);
      }
      if (stored.isNullish()) {
        return JsValue.NULL;
      }
      Optional<JsObject> next = source.row(step.relation().get().oneCollection(), stored);
      if (next.isEmpty()) {
        return JsValue.NULL;
      }
      current = next.get();
    }
    return JsValue.NULL;
  }
}
