package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The field-level side of a read, as Directus 11.11 answers it (processAst; checked against the
 * running server by the item fixtures). Like the server it first maps every field the query uses
 * to the place it is queried in ({@code root}, {@code "author.posts"}): in one group the fields it
 * returns ({@code fields}, or for an aggregate query its {@code groupBy}) and the fields of
 * {@code aggregate} and {@code groupBy}; in another the fields it only reads: each nested
 * relational field's deep {@code _filter} and {@code _sort}, then the root {@code filter} and
 * {@code sort} (a sort on an aggregate, {@code count}, is skipped). Then it rejects with
 * {@code FORBIDDEN}, naming all offending fields of one place: first fields that do not exist
 * (read group, then returned group, place by place in the order met), then, for a restricted
 * caller, a related collection or fields not granted for reading (returned group first).
 * The filter's fields come in the server's order: it walks the filter with a stack, last key first.
 * Wildcards widen only to the granted fields, and relational aliases (o2m, m2m) the caller may not
 * read are left out of {@code fields} without an error, as the server does.
 */
final class ReadPermissions {

  private final Schema schema;
  private final AccessPolicy policy;
  private Map<String, String> aliases = Map.of();
  private ItemAccess access = ItemAccess.system();

  ReadPermissions(Schema schema, AccessPolicy policy) {
    this.schema = schema;
    this.policy = policy;
  }

  /** The query with its field list narrowed for the caller; throws for a denied or unknown field. */
  Query check(CollectionSchema root, Query query, ItemAccess access) {
    return check(root, query, query.alias() == null ? Map.of() : query.alias(), access);
  }

  /**
   * The same for a query with an {@code alias} parameter: {@code aliases} maps each alias name to
   * the root field it stands for ({@code {"writer": "author"}}), which is checked in its place.
   */
  Query check(CollectionSchema root, Query query, Map<String, String> aliases, ItemAccess access) {
    this.aliases = aliases;
    this.access = access;
    FieldMap map = new FieldMap(access);
    map.returned.place("", root);
    List<String> children = query.aggregates() ? (query.group() == null ? List.of() : query.group())
        : query.fields() == null ? List.of("*") : query.fields();
    List<String> narrowed = new ArrayList<>();
    Map<String, NestedPlace> nested = new LinkedHashMap<>();
    for (String entry : children) {
      narrow(root, List.of(entry.split("\\.", -1)), "", "", query.deep(), access, narrowed, map, nested);
    }
    for (NestedPlace place : nested.values()) {
      if (place.deep() != null) {
        Query deep = DeepQuery.read(place.deep());
        readPaths(place.collection(), place.path(), deep.filter(), deep.sort(), null, map);
      }
    }
    readPaths(root, "", query.filter(), query.sort(), query.aggregate(), map);
    if (query.aggregate() != null) {
      query.aggregate().values().forEach(fields -> fields.stream().filter(f -> !f.equals("*"))
          .forEach(f -> walk(map.returned, root, "", f)));
    }
    if (query.group() != null) {
      query.group().forEach(f -> walk(map.returned, root, "", f));
    }
    map.throwFirst();
    return access.unrestricted() || query.aggregates() || query.fields() == null && narrowed.equals(List.of("*"))
        ? query : query.withFields(narrowed);
  }

  /** A relational field that {@code fields} descends into, with its part of {@code deep}. */
  private record NestedPlace(String path, CollectionSchema collection, @Nullable JsObject deep) {}

  /** The filter's paths (in the server's stack order), then the sort's, into the read group. */
  private void readPaths(CollectionSchema collection, String place, @Nullable JsValue filter,
      @Nullable List<String> sort, @Nullable Map<String, List<String>> aggregate, FieldMap map) {
    List<String> paths = new ArrayList<>();
    if (filter != null) {
      flatten(filter, paths);
    }
    if (sort != null) {
      for (String entry : sort) {
        List<String> parts = new ArrayList<>();
        for (String part : entry.split("\\.", -1)) {
          parts.add(part.startsWith("-") ? part.substring(1) : part);
        }
        if (aggregate == null || !aggregate.containsKey(parts.get(0))) {
          paths.add(String.join(".", parts));
        }
      }
    }
    new LinkedHashSet<>(paths).forEach(path -> walk(map.read, collection, place, path));
  }

  /**
   * The field paths of a filter as the server lists them: depth-first from a stack, so the last
   * key comes first; every leaf value ends a path, operators and {@code _and}/{@code _or} left out.
   */
  private static void flatten(JsValue filter, List<String> paths) {
    record Entry(JsValue value, List<String> path) {}
    Deque<Entry> stack = new ArrayDeque<>();
    stack.push(new Entry(filter, List.of()));
    while (!stack.isEmpty()) {
      Entry entry = stack.pop();
      if (entry.value() instanceof JsObject object) {
        object.members().forEach((key, value) -> {
          List<String> path = new ArrayList<>(entry.path());
          path.add(key);
          stack.push(new Entry(value, path));
        });
      } else if (entry.value() instanceof JsArray array) {
        array.elements().forEach(element -> stack.push(new Entry(element, entry.path())));
      } else {
        List<String> fields = entry.path().stream().filter(part -> !part.startsWith("_")).toList();
        if (!fields.isEmpty()) {
          paths.add(String.join(".", fields));
        }
      }
    }
  }

  /** Records a dotted path field by field, following relational fields into their collections. */
  private void walk(FieldMap.Group group, CollectionSchema collection, String place, String path) {
    CollectionSchema current = collection;
    String at = place;
    for (String part : path.split("\\.", -1)) {
      String field = fieldOf(at, part);
      group.add(at, current, field, status(current, field));
      Optional<CollectionSchema> related = part.contains("(") ? Optional.empty() : related(current, field);
      if (related.isPresent()) {
        current = related.get();
        at = join(at, part);
      }
    }
  }

  /**
   * Adds the entries {@code steps} stands for (wildcards widened to granted fields) and records
   * the fields met in the returned group; {@code deep} is the deep object at this place.
   */
  private void narrow(CollectionSchema collection, List<String> steps, String prefix, String place,
      @Nullable JsObject deep, ItemAccess access, List<String> out, FieldMap map, Map<String, NestedPlace> nested) {
    String step = steps.get(0);
    List<String> rest = steps.subList(1, steps.size());
    if (step.equals("*")) {
      if (access.unrestricted() || grantsAll(access, collection)) {
        if (rest.isEmpty() || access.unrestricted()) {
          out.add(prefix + String.join(".", steps));
          return;
        }
      }
      for (FieldSchema field : collection.allFields()) {
        if (!readable(access, collection, field.name())) {
          continue;
        }
        Optional<CollectionSchema> related = related(collection, field.name());
        if (field.isAlias() && related.isPresent() && !canRead(access, related.get())) {
          continue;
        }
        if (rest.isEmpty()) {
          out.add(prefix + field.name());
        } else if (related.isPresent()) {
          if (canRead(access, related.get())) {
            String inner = join(place, field.name());
            narrow(related.get(), rest, prefix + field.name() + ".", inner,
                enter(inner, related.get(), deep, field.name(), map, nested), access, out, map, nested);
          }
        } else if (rest.stream().allMatch("*"::equals)) {
          out.add(prefix + field.name());
        }
      }
      return;
    }
    String named = step;
    step = fieldOf(place, step);
    Optional<FieldSchema> field = collection.field(step);
    Optional<CollectionSchema> related = related(collection, step);
    if (field.isPresent() && field.get().isAlias()
        && (!readable(access, collection, step) || related.isPresent() && !canRead(access, related.get()))) {
      return;
    }
    FieldMap.Status status = status(collection, step);
    map.returned.add(place, collection, step, status);
    if (status != FieldMap.Status.GRANTED) {
      return;
    }
    if (rest.isEmpty() || related.isEmpty()) {
      out.add(prefix + String.join(".", steps));
      return;
    }
    String inner = join(place, named);
    narrow(related.get(), rest, prefix + named + ".", inner, enter(inner, related.get(), deep, named, map, nested),
        access, out, map, nested);
  }

  /** Notes a relational field {@code fields} descends into; returns the deep object below it. */
  private static @Nullable JsObject enter(String path, CollectionSchema related, @Nullable JsObject deep, String key,
      FieldMap map, Map<String, NestedPlace> nested) {
    JsObject below = deep != null && deep.get(key) instanceof JsObject object ? object : null;
    map.returned.place(path, related);
    nested.putIfAbsent(path, new NestedPlace(path, related, below));
    return below;
  }

  private FieldMap.Status status(CollectionSchema collection, String field) {
    if (collection.field(field).isEmpty()) {
      return FieldMap.Status.MISSING;
    }
    return readable(access, collection, field) ? FieldMap.Status.GRANTED : FieldMap.Status.DENIED;
  }

  /** The field a step names: the argument of a function ({@code year(published)}), an alias's field. */
  private String fieldOf(String place, String step) {
    int open = step.indexOf('(');
    if (open > 0 && step.endsWith(")")) {
      return step.substring(open + 1, step.length() - 1);
    }
    return place.isEmpty() ? aliases.getOrDefault(step, step) : step;
  }

  private Optional<CollectionSchema> related(CollectionSchema collection, String field) {
    Optional<Relation> manyToOne = schema.manyToOne(collection.name(), field);
    if (manyToOne.isPresent()) {
      return schema.collection(manyToOne.get().oneCollection());
    }
    return schema.oneToMany(collection.name(), field).flatMap(r -> schema.collection(r.manyCollection()));
  }

  private boolean readable(ItemAccess access, CollectionSchema collection, String field) {
    return access.unrestricted() || policy.allowsField(access, collection.name(), ItemAction.READ, field);
  }

  private boolean canRead(ItemAccess access, CollectionSchema collection) {
    return policy.allows(access, collection.name(), ItemAction.READ);
  }

  private boolean grantsAll(ItemAccess access, CollectionSchema collection) {
    @Nullable Set<String> fields = policy.fields(access, collection.name(), ItemAction.READ);
    return fields != null && fields.contains(AccessPolicy.ALL_FIELDS);
  }

  private static String join(String place, String step) {
    return place.isEmpty() ? step : place + "." + step;
  }

  /** The fields a query uses by group and place, in the order met, and the first rejection among them. */
  private final class FieldMap {
    enum Status { GRANTED, MISSING, DENIED }

    private final ItemAccess caller;
    final Group returned = new Group();
    final Group read = new Group();

    FieldMap(ItemAccess caller) {
      this.caller = caller;
    }

    final class Group {
      private record Place(CollectionSchema collection, Map<String, Status> fields) {}

      private final Map<String, Place> places = new LinkedHashMap<>();

      void place(String path, CollectionSchema collection) {
        places.computeIfAbsent(path, p -> new Place(collection, new LinkedHashMap<>()));
      }

      void add(String path, CollectionSchema collection, String field, Status status) {
        place(path, collection);
        places.get(path).fields().putIfAbsent(field, status);
      }

      void throwFirst(Status status) {
        for (Map.Entry<String, Place> entry : places.entrySet()) {
          Place place = entry.getValue();
          if (status == Status.DENIED && !canRead(caller, place.collection())) {
            throw ItemErrors.collectionForbidden(place.collection().name(), entry.getKey());
          }
          List<String> fields = place.fields().entrySet().stream().filter(f -> f.getValue() == status)
              .map(Map.Entry::getKey).toList();
          if (!fields.isEmpty()) {
            throw ItemErrors.fieldsForbidden(place.collection().name(), fields, entry.getKey());
          }
        }
      }
    }

    /** Unknown fields anywhere first (read group, then returned), then what the caller may not read. */
    void throwFirst() {
      read.throwFirst(Status.MISSING);
      returned.throwFirst(Status.MISSING);
      if (!caller.unrestricted()) {
        returned.throwFirst(Status.DENIED);
        read.throwFirst(Status.DENIED);
      }
    }
  }
}
