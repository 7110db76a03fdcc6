package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The field-level side of a read, as Directus 11.11 answers it (checked against the running server
 * by the item fixtures): every field a query names in {@code fields}, {@code filter} or
 * {@code sort} must exist and, for a restricted caller, be granted for reading; otherwise
 * {@code FORBIDDEN} names the fields and where the query met them ({@code Queried in root.},
 * {@code Queried in "author.posts".}), all denied fields of the first place at once. Wildcards
 * widen only to the granted fields, and relational aliases (o2m, m2m) the caller may not read are
 * left out of {@code fields} without an error, as the server does.
 */
final class ReadPermissions {

  private final Schema schema;
  private final AccessPolicy policy;
  private Map<String, String> aliases = Map.of();

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
    Denials denials = new Denials();
    List<String> fields = query.fields() == null ? List.of("*") : query.fields();
    List<String> narrowed = new ArrayList<>();
    for (String entry : fields) {
      narrow(root, List.of(entry.split("\\.", -1)), "", "", access, narrowed, denials);
    }
    denials.throwFirst();
    if (query.filter() != null) {
      filter(root, query.filter(), "", access, denials);
      denials.throwFirst();
    }
    if (query.sort() != null) {
      for (String sort : query.sort()) {
        String path = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!path.isEmpty()) {
          walk(root, List.of(path.split("\\.", -1)), "", access, denials);
        }
      }
      denials.throwFirst();
    }
    return access.unrestricted() || query.fields() == null && narrowed.equals(List.of("*"))
        ? query : query.withFields(narrowed);
  }

  /** Adds the entries {@code steps} stands for (wildcards widened to granted fields). */
  private void narrow(CollectionSchema collection, List<String> steps, String prefix, String place,
      ItemAccess access, List<String> out, Denials denials) {
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
            narrow(related.get(), rest, prefix + field.name() + ".", join(place, field.name()), access, out, denials);
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
    if (field.isEmpty() || !readable(access, collection, step)) {
      denials.add(place, collection.name(), step);
      return;
    }
    if (rest.isEmpty() || related.isEmpty()) {
      out.add(prefix + String.join(".", steps));
      return;
    }
    if (!canRead(access, related.get())) {
      throw ItemErrors.collectionForbidden(related.get().name());
    }
    narrow(related.get(), rest, prefix + named + ".", join(place, named), access, out, denials);
  }

  /** Checks every field a filter names, descending through relational fields. */
  private void filter(CollectionSchema collection, JsValue filter, String place, ItemAccess access, Denials denials) {
    if (filter instanceof JsArray list) {
      list.elements().forEach(element -> filter(collection, element, place, access, denials));
      return;
    }
    if (!(filter instanceof JsObject object)) {
      return;
    }
    for (String key : object.keys()) {
      JsValue value = object.get(key);
      if (key.equals("_and") || key.equals("_or") || key.equals("_some") || key.equals("_none")) {
        filter(collection, value, place, access, denials);
        continue;
      }
      if (key.startsWith("_")) {
        continue;
      }
      String field = fieldOf(place, key);
      if (collection.field(field).isEmpty() || !readable(access, collection, field)) {
        denials.add(place, collection.name(), field);
        continue;
      }
      Optional<CollectionSchema> related = related(collection, field);
      if (related.isPresent() && value instanceof JsObject) {
        filter(related.get(), value, join(place, field), access, denials);
      }
    }
  }

  /** Checks a dotted path (a sort) field by field. */
  private void walk(CollectionSchema collection, List<String> steps, String place, ItemAccess access, Denials denials) {
    String step = fieldOf(place, steps.get(0));
    if (collection.field(step).isEmpty() || !readable(access, collection, step)) {
      denials.add(place, collection.name(), step);
      return;
    }
    Optional<CollectionSchema> related = related(collection, step);
    if (steps.size() > 1 && related.isPresent()) {
      walk(related.get(), steps.subList(1, steps.size()), join(place, step), access, denials);
    }
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

  /** Denied fields by the place the query met them, in the order met. */
  private static final class Denials {
    private record Place(String collection, Set<String> fields) {}

    private final Map<String, Place> byPlace = new LinkedHashMap<>();

    void add(String place, String collection, String field) {
      byPlace.computeIfAbsent(place, p -> new Place(collection, new LinkedHashSet<>())).fields().add(field);
    }

    void throwFirst() {
      for (Map.Entry<String, Place> first : byPlace.entrySet()) {
        throw ItemErrors.fieldsForbidden(first.getValue().collection(), List.copyOf(first.getValue().fields()),
            first.getKey());
      }
    }
  }
}
