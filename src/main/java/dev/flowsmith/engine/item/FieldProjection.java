package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * A query's {@code fields}, compiled once and applied to each stored row to give the item as
 * Directus returns it. {@code *} is every field in schema order; {@code user_created.email} reads
 * through a many-to-one relation into a nested object (null when the key is null or dangling);
 * an o2m alias alone gives the related keys, {@code lines.*} the related items. Plain columns come
 * first in the order asked, relational fields after them in the order first named (how Directus
 * builds its query tree). Unknown fields reject with FORBIDDEN.
 *
 * <p>{@code alias} ({@code {"writer": "author"}}) lets a field be asked for, and returned, under
 * another name. {@code deep} (engine.md §6.4) shapes the related rows per relational field:
 * {@code _filter} (an m2o whose row fails it reads as null), and for o2m also {@code _sort},
 * {@code _search}, {@code _page}, {@code _offset} and {@code _limit} (default 100 per parent, as
 * Directus's QUERY_LIMIT_DEFAULT), applied per parent in that order, after which Directus re-sorts
 * the children by their first sort key with nulls last.
 */
public final class FieldProjection {

  private final CollectionSchema collection;
  private final List<Node> nodes;

  private sealed interface Node permits Plain, DatePart, ManyToOne, OneToMany {
    String key();
  }

  private record Plain(String key, FieldSchema field) implements Node {}

  /** {@code year(born)} as {@code born_year}: that part of the date, an integer. */
  private record DatePart(String key, FieldSchema field, String part) implements Node {}

  /** {@code filter} null: the related row by key. */
  private record ManyToOne(String key, FieldSchema field, Relation relation, CollectionSchema related,
      FieldProjection nested, @Nullable JsValue filter) implements Node {}

  /** {@code nested} null: the related keys only. */
  private record OneToMany(String key, FieldSchema field, Relation relation, CollectionSchema related,
      @Nullable FieldProjection nested, Query query) implements Node {}

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
    return compile(schema, collection, fields, null, null, readsCollection);
  }

  /** With the query's {@code deep} and {@code alias} (either may be null). */
  public static FieldProjection compile(Schema schema, CollectionSchema collection, @Nullable List<String> fields,
      @Nullable JsObject deep, @Nullable Map<String, String> alias, Consumer<String> readsCollection) {
    Map<String, String> aliases = alias == null ? Map.of() : alias;
    List<String> columns = new ArrayList<>();
    Map<String, List<String>> relational = new LinkedHashMap<>();
    Map<String, DatePart> functions = new LinkedHashMap<>();
    for (String entry : expand(collection, fields)) {
      Matcher call = ItemDates.FUNCTION.matcher(entry);
      if (call.matches()) {
        DatePart part = datePart(collection, call.group(1), aliases.getOrDefault(call.group(2), call.group(2)));
        functions.putIfAbsent(entry, part);
        columns.add(entry);
        continue;
      }
      int dot = entry.indexOf('.');
      String key = dot > 0 ? entry.substring(0, dot) : entry;
      String name = aliases.getOrDefault(key, key);
      FieldSchema field = collection.field(name).orElseThrow(ItemErrors::forbidden);
      boolean related = schema.oneToMany(collection.name(), name).isPresent()
          || dot > 0 && schema.manyToOne(collection.name(), name).isPresent();
      if (dot > 0 || related) {
        List<String> subFields = relational.computeIfAbsent(key, k -> new ArrayList<>());
        if (dot > 0) {
          subFields.add(entry.substring(dot + 1));
        }
      } else if (!field.isAlias() && !columns.contains(key)) {
        columns.add(key);
      }
    }
    columns.removeIf(relational::containsKey);
    List<Node> nodes = new ArrayList<>();
    columns.forEach(key -> nodes.add(functions.containsKey(key) ? functions.get(key)
        : new Plain(key, collection.fields().get(aliases.getOrDefault(key, key)))));
    relational.forEach((key, subFields) -> {
      FieldSchema field = collection.field(aliases.getOrDefault(key, key)).orElseThrow(ItemErrors::forbidden);
      JsObject fieldDeep = deep != null && deep.get(key) instanceof JsObject object ? object : JsObject.EMPTY;
      nodes.add(nested(schema, collection, key, field, subFields, fieldDeep, readsCollection));
    });
    return new FieldProjection(collection, nodes);
  }

  /** A date function in {@code fields}; Directus names its value {@code <field>_<function>}. */
  private static DatePart datePart(CollectionSchema collection, String part, String name) {
    FieldSchema field = collection.field(name).filter(f -> !f.isAlias()).orElseThrow(ItemErrors::forbidden);
    if (!ItemDates.PARTS.contains(part) || !field.type().isChronological()) {
      throw ItemErrors.invalidQuery("Invalid function \"" + part + "\" for field \"" + field.name() + "\"");
    }
    return new DatePart(field.name() + "_" + part, field, part);
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

  private static Node nested(Schema schema, CollectionSchema collection, String key, FieldSchema field,
      List<String> subFields, JsObject deep, Consumer<String> readsCollection) {
    Query deepQuery = DeepQuery.read(deep);
    Optional<Relation> manyToOne = schema.manyToOne(collection.name(), field.name());
    if (manyToOne.isPresent()) {
      CollectionSchema related = relatedCollection(schema, manyToOne.get().oneCollection(), readsCollection);
      return new ManyToOne(key, field, manyToOne.get(), related,
          compile(schema, related, subFields, DeepQuery.nested(deep), deepQuery.alias(), readsCollection),
          deepQuery.filter());
    }
    Optional<Relation> oneToMany = schema.oneToMany(collection.name(), field.name());
    if (oneToMany.isPresent()) {
      CollectionSchema related = relatedCollection(schema, oneToMany.get().manyCollection(), readsCollection);
      if (onlyForeignKeyIn(deepQuery.filter(), oneToMany.get().manyField())) {
        deepQuery = deepQuery.withFilter(null);
      }
      return new OneToMany(key, field, oneToMany.get(), related, subFields.isEmpty() ? null
          : compile(schema, related, subFields, DeepQuery.nested(deep), deepQuery.alias(), readsCollection),
          deepQuery);
    }
    throw ItemErrors.forbidden();
  }

  /**
   * Whether a deep {@code _filter} is only {@code {"<foreign key>": {"_in": […]}}}. Directus 11.11
   * lodash-merges {@code {"<foreign key>": {"_in": <parent keys>}}} into the deep filter, which
   * overwrites such a list index by index with the parent keys, so every child of a parent passes
   * (fixture r2101); with any other shape the two conditions simply hold together.
   */
  private static boolean onlyForeignKeyIn(@Nullable JsValue filter, String foreignKey) {
    return filter instanceof JsObject object && object.keys().size() == 1
        && object.get(foreignKey) instanceof JsObject rules && rules.keys().size() == 1 && rules.has("_in");
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
        item.put(plain.key(), FieldCodec.fromDb(plain.field(), row.get(plain.field().name())));
      } else if (node instanceof DatePart date) {
        item.put(date.key(), datePart(date, row.get(date.field().name()), source.zone()));
      } else if (node instanceof ManyToOne m2o) {
        item.put(m2o.key(), parent(m2o, row.get(m2o.field().name()), source));
      } else {
        OneToMany o2m = (OneToMany) node;
        item.put(o2m.key(), children(o2m, row, source));
      }
    }
    return item.build();
  }

  private static JsValue datePart(DatePart date, JsValue stored, ZoneId serverZone) {
    // timestamps are UTC, dates and dateTimes the server's local time, as in groupBy (engine.md §6.4)
    ZoneId zone = date.field().type() == FieldType.TIMESTAMP ? ZoneOffset.UTC : serverZone;
    return FieldCodec.comparable(date.field(), stored) instanceof JsNumber millis
        ? JsValue.of(ItemDates.part(date.part(), (long) millis.value(), zone)) : JsValue.NULL;
  }

  private static JsValue parent(ManyToOne m2o, JsValue key, RowSource source) {
    if (key.isNullish()) {
      return JsValue.NULL;
    }
    Optional<JsObject> target;
    if (m2o.filter() == null) {
      target = source.row(m2o.related().name(), key);
    } else {
      Query byKey = Query.EMPTY.withFilter(m2o.filter())
          .and(JsObject.of(m2o.related().primaryKey(), JsObject.of("_eq", key))).withLimit(1);
      target = source.select(m2o.related(), byKey).stream().findFirst();
    }
    return target.<JsValue>map(t -> m2o.nested().apply(t, source)).orElse(JsValue.NULL);
  }

  private JsValue children(OneToMany o2m, JsObject row, RowSource source) {
    JsValue parentKey = row.get(collection.primaryKey());
    if (parentKey.isNullish()) {
      return JsArray.EMPTY;
    }
    Query deep = o2m.query();
    Query byParent = deep.and(JsObject.of(o2m.relation().manyField(), JsObject.of("_eq", parentKey)))
        .withLimit(-1).withOffset(null).withPage(null);
    List<JsObject> children = window(source.select(o2m.related(), byParent), deep);
    List<JsValue> items = new ArrayList<>();
    FieldSchema relatedKey = o2m.related().primaryKeyField();
    for (JsObject child : children) {
      items.add(o2m.nested() == null ? FieldCodec.fromDb(relatedKey, child.get(relatedKey.name()))
          : o2m.nested().apply(child, source));
    }
    return new JsArray(resort(items, deep.sort() == null || deep.sort().isEmpty()
        ? o2m.related().defaultSort() : deep.sort().get(0), o2m.nested() != null));
  }

  /** Directus's per-parent slicing of o2m children: page, then offset, then limit (default 100). */
  private static List<JsObject> window(List<JsObject> rows, Query deep) {
    int limit = deep.effectiveLimit();
    List<JsObject> window = rows;
    if (deep.page() != null && deep.page() > 1) {
      window = window.subList(Math.min(window.size(), (int) Math.min(Integer.MAX_VALUE,
          (long) limit * (deep.page() - 1))), window.size());
    }
    if (deep.offset() != null && deep.offset() > 0) {
      window = window.subList(Math.min(window.size(), deep.offset()), window.size());
    }
    if (limit != -1 && limit >= 0) {
      window = window.subList(0, Math.min(limit, window.size()));
    }
    return window;
  }

  /**
   * The stable re-sort Directus applies after slicing: by the first sort key's returned value, nulls
   * (and missing keys) last, JS {@code <} otherwise. Items that are only keys are left as they are.
   */
  private static List<JsValue> resort(List<JsValue> items, String sortKey, boolean objects) {
    if (!objects) {
      return items;
    }
    boolean descending = sortKey.startsWith("-");
    String column = descending ? sortKey.substring(1) : sortKey;
    List<JsValue> sorted = new ArrayList<>(items);
    sorted.sort((a, b) -> {
      JsValue x = ((JsObject) a).get(column);
      JsValue y = ((JsObject) b).get(column);
      if (x.equals(y)) {
        return 0;
      }
      if (x.isNullish()) {
        return 1;
      }
      if (y.isNullish()) {
        return -1;
      }
      boolean less = jsLess(x, y);
      return descending ? (less ? 1 : -1) : (less ? -1 : 1);
    });
    return sorted;
  }

  private static boolean jsLess(JsValue x, JsValue y) {
    if (x instanceof JsString a && y instanceof JsString b) {
      return a.value().compareTo(b.value()) < 0;
    }
    if (x instanceof JsNumber || y instanceof JsNumber) {
      return SqlValues.toNumber(x) < SqlValues.toNumber(y);
    }
    return SqlValues.compare(x, y) < 0;
  }
}
