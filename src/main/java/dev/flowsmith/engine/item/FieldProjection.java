package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A query's {@code fields}, compiled once and applied to each stored row to give the item as
 * Directus returns it. {@code *} is every field in schema order; {@code user_created.email} reads
 * through a many-to-one relation into a nested object (null when the key is null or dangling);
 * an o2m alias alone gives the related keys, {@code lines.*} the related items. Plain columns come
 * first in the order asked, relational fields after them in the order first named (how Directus
 * builds its query tree). Unknown fields reject with FORBIDDEN.
 */
public final class FieldProjection {

  private final CollectionSchema collection;
  private final List<Node> nodes;

  private sealed interface Node permits Plain, ManyToOne, OneToMany {}

  private record Plain(FieldSchema field) implements Node {}

  private record ManyToOne(FieldSchema field, Relation relation, FieldProjection nested) implements Node {}

  /** {@code nested} null: the related keys only. */
  private record OneToMany(FieldSchema field, Relation relation, CollectionSchema related,
      @Nullable FieldProjection nested) implements Node {}

  private FieldProjection(CollectionSchema collection, List<Node> nodes) {
    this.collection = collection;
    this.nodes = List.copyOf(nodes);
  }

  /**
   * @param fields null reads as {@code ["*"]}
   * @param readsCollection told each related collection the projection reads, for permission checks
   */
  public static FieldProjection compile(Schema schema, CollectionSchema collection, @Nullable List<String> fields,
      Consumer<String> readsCollection) {
    List<String> columns = new ArrayList<>();
    Map<String, List<String>> relational = new LinkedHashMap<>();
    for (String entry : expand(collection, fields)) {
      int dot = entry.indexOf('.');
      if (dot > 0) {
        relational.computeIfAbsent(entry.substring(0, dot), k -> new ArrayList<>()).add(entry.substring(dot + 1));
        continue;
      }
      FieldSchema field = collection.field(entry).orElseThrow(ItemErrors::forbidden);
      if (schema.oneToMany(collection.name(), entry).isPresent()) {
        relational.computeIfAbsent(entry, k -> new ArrayList<>());
      } else if (!field.isAlias() && !columns.contains(entry)) {
        columns.add(entry);
      }
    }
    columns.removeIf(relational::containsKey);
    List<Node> nodes = new ArrayList<>();
    columns.forEach(name -> nodes.add(new Plain(collection.fields().get(name))));
    relational.forEach((name, subFields) -> {
      FieldSchema field = collection.field(name).orElseThrow(ItemErrors::forbidden);
      nodes.add(nested(schema, collection, field, subFields, readsCollection));
    });
    return new FieldProjection(collection, nodes);
  }

  private static List<String> expand(CollectionSchema collection, @Nullable List<String> fields) {
    List<String> expanded = new ArrayList<>();
    for (String entry : fields == null ? List.of("*") : fields) {
      if (entry.equals("*")) {
        collection.allFields().forEach(field -> expanded.add(field.name()));
      } else {
        expanded.add(entry);
      }
    }
    return expanded;
  }

  private static Node nested(Schema schema, CollectionSchema collection, FieldSchema field, List<String> subFields,
      Consumer<String> readsCollection) {
    Optional<Relation> manyToOne = schema.manyToOne(collection.name(), field.name());
    if (manyToOne.isPresent()) {
      CollectionSchema related = relatedCollection(schema, manyToOne.get().oneCollection(), readsCollection);
      return new ManyToOne(field, manyToOne.get(), compile(schema, related, subFields, readsCollection));
    }
    Optional<Relation> oneToMany = schema.oneToMany(collection.name(), field.name());
    if (oneToMany.isPresent()) {
      CollectionSchema related = relatedCollection(schema, oneToMany.get().manyCollection(), readsCollection);
      return new OneToMany(field, oneToMany.get(), related,
          subFields.isEmpty() ? null : compile(schema, related, subFields, readsCollection));
    }
    throw ItemErrors.forbidden();
  }

  private static CollectionSchema relatedCollection(Schema schema, String name, Consumer<String> readsCollection) {
    readsCollection.accept(name);
    return schema.collection(name).orElseThrow(ItemErrors::forbidden);
  }

  /** The item for one stored row. */
  public JsObject apply(JsObject row, RowSource source) {
    JsObject.Builder item = JsObject.builder();
    for (Node node : nodes) {
      if (node instanceof Plain plain) {
        item.put(plain.field().name(), FieldCodec.fromDb(plain.field(), row.get(plain.field().name())));
      } else if (node instanceof ManyToOne m2o) {
        JsValue key = row.get(m2o.field().name());
        Optional<JsObject> target = key.isNullish() ? Optional.empty()
            : source.row(m2o.relation().oneCollection(), key);
        item.put(m2o.field().name(), target.<JsValue>map(t -> m2o.nested().apply(t, source)).orElse(JsValue.NULL));
      } else {
        OneToMany o2m = (OneToMany) node;
        item.put(o2m.field().name(), children(o2m, row, source));
      }
    }
    return item.build();
  }

  /** The o2m children in the related collection's default order, every one (no limit). */
  private JsValue children(OneToMany o2m, JsObject row, RowSource source) {
    JsValue parentKey = row.get(collection.primaryKey());
    if (parentKey.isNullish()) {
      return JsArray.EMPTY;
    }
    Query byParent = Query.EMPTY.withLimit(-1)
        .withFilter(JsObject.of(o2m.relation().manyField(), JsObject.of("_eq", parentKey)));
    List<JsValue> items = new ArrayList<>();
    FieldSchema relatedKey = o2m.related().primaryKeyField();
    for (JsObject child : source.select(o2m.related(), byParent)) {
      items.add(o2m.nested() == null ? FieldCodec.fromDb(relatedKey, child.get(relatedKey.name()))
          : o2m.nested().apply(child, source));
    }
    return new JsArray(items);
  }
}
