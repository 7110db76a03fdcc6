package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The relational parts of a payload, written the way Directus's PayloadService does it inside the
 * parent's transaction (behaviour read from Directus 11.11 and checked against the running server
 * by the item fixtures):
 *
 * <ul>
 *   <li><b>m2o</b>, before the parent row: an object with the key of an existing item updates that
 *       item; any other object creates one (with its key, if given); the field then holds the key.
 *       A plain key is left to the foreign key check.
 *   <li><b>o2m</b>, after the parent row: an array lists the children the parent keeps. Objects are
 *       upserted with the parent's key, plain keys must exist (else {@code FORBIDDEN}) and are
 *       pointed at the parent; every other child of the parent is deselected. An object
 *       {@code {create, update, delete}} creates, updates and deselects exactly those.
 *       Deselected children are deleted or get a null key, per {@code one_deselect_action}.
 *   <li><b>m2m</b> is an o2m to the junction whose items carry an m2o to the other side, so it is
 *       the two rules above, one level deeper.
 * </ul>
 *
 * Nested items are written by the same {@link PayloadWriter}, so validation, specials, permission
 * and constraint checks apply at every depth; {@code path} is the relational fields walked so far.
 */
final class NestedWrites {

  private static final Set<String> ALTERATIONS = Set.of("create", "update", "delete");

  private final Schema schema;
  private final PayloadWriter writer;

  NestedWrites(Schema schema, PayloadWriter writer) {
    this.schema = schema;
    this.writer = writer;
  }

  /** The payload with each m2o object replaced by the key of the item it created or updated. */
  JsObject manyToOne(StoreTransaction tx, CollectionSchema collection, JsObject payload, List<String> path) {
    JsObject resolved = payload;
    for (String name : payload.keys()) {
      Optional<Relation> relation = schema.manyToOne(collection.name(), name);
      if (relation.isPresent() && payload.get(name) instanceof JsObject item) {
        CollectionSchema related = collection(relation.get().oneCollection());
        JsValue key = item.get(related.primaryKey());
        List<String> here = append(path, name);
        if (!key.isNullish() && tx.row(related.name(), key).isPresent()) {
          writer.update(tx, related, List.of(key), item.without(related.primaryKey()), here);
        } else {
          key = writer.insert(tx, related, item, here);
        }
        resolved = resolved.with(name, key);
      }
    }
    return resolved;
  }

  /** Rejects o2m values that are neither an array nor a well-formed {@code {create, update, delete}}. */
  void checkShapes(CollectionSchema collection, JsObject payload) {
    for (String name : payload.keys()) {
      JsValue value = payload.get(name);
      if (schema.oneToMany(collection.name(), name).isEmpty() || value.isNullish() || value instanceof JsArray) {
        continue;
      }
      if (!(value instanceof JsObject alterations)) {
        throw ItemErrors.invalidOneToMany("\"value\" must be of type object");
      }
      for (String key : alterations.keys()) {
        if (!ALTERATIONS.contains(key)) {
          throw ItemErrors.invalidOneToMany("\"" + key + "\" is not allowed");
        }
        if (!(alterations.get(key) instanceof JsArray list)) {
          throw ItemErrors.invalidOneToMany("\"" + key + "\" must be an array");
        }
        for (int i = 0; i < list.elements().size(); i++) {
          JsValue element = list.elements().get(i);
          boolean fits = key.equals("delete") ? element instanceof JsString || element instanceof JsNumber : element instanceof JsObject;
          if (!fits) {
            String type = key.equals("delete") ? "one of [string, number]" : "of type object";
            throw ItemErrors.invalidOneToMany("\"" + key + "[" + i + "]\" must be " + type);
          }
        }
      }
    }
  }

  /** Writes the o2m values of the payload for the parent with this key (which exists by now). */
  void oneToMany(StoreTransaction tx, CollectionSchema collection, JsObject payload, JsValue parent, List<String> path) {
    for (String name : payload.keys()) {
      Optional<Relation> found = schema.oneToMany(collection.name(), name);
      JsValue value = payload.get(name);
      if (found.isEmpty() || value.isNullish()) {
        continue;
      }
      Relation relation = found.get();
      CollectionSchema child = collection(relation.manyCollection());
      List<String> here = append(path, name);
      if (value instanceof JsArray children) {
        Set<JsValue> kept = keep(tx, relation, child, children.elements(), parent, here);
        deselect(tx, relation, child, parent, key -> !kept.contains(key), here);
      } else {
        alter(tx, relation, child, (JsObject) value, parent, here);
      }
    }
  }

  /** Upserts the listed children under the parent; the stored keys of all of them. */
  private Set<JsValue> keep(StoreTransaction tx, Relation relation, CollectionSchema child, List<JsValue> children,
      JsValue parent, List<String> path) {
    Table table = tx.read(child.name());
    Set<JsValue> kept = new HashSet<>();
    String foreignKey = relation.manyField();
    for (JsValue element : children) {
      if (element instanceof JsObject item) {
        kept.add(table.keyOf(upsert(tx, child, item.with(foreignKey, parent), path)));
        continue;
      }
      Optional<JsObject> existing = tx.row(child.name(), element);
      if (existing.isEmpty()) {
        throw ItemErrors.forbidden();
      }
      if (!SqlValues.equal(existing.get().get(foreignKey), parent)) {
        writer.update(tx, child, List.of(element), JsObject.of(foreignKey, parent), path);
      }
      kept.add(table.keyOf(element));
    }
    return kept;
  }

  private JsValue upsert(StoreTransaction tx, CollectionSchema child, JsObject item, List<String> path) {
    JsValue key = item.get(child.primaryKey());
    if (!key.isNullish() && tx.row(child.name(), key).isPresent()) {
      writer.update(tx, child, List.of(key), item.without(child.primaryKey()), path);
      return key;
    }
    return writer.insert(tx, child, item, path);
  }

  /** {@code {create, update, delete}}: exactly these children change (shapes checked before). */
  private void alter(StoreTransaction tx, Relation relation, CollectionSchema child, JsObject alterations,
      JsValue parent, List<String> path) {
    String foreignKey = relation.manyField();
    for (JsValue item : list(alterations, "create")) {
      writer.insert(tx, child, ((JsObject) item).with(foreignKey, parent), path);
    }
    for (JsValue element : list(alterations, "update")) {
      JsObject item = (JsObject) element;
      JsValue key = item.get(child.primaryKey());
      if (key.isNullish()) {
        throw ItemErrors.invalidPayload("Item in update misses primary key");
      }
      writer.update(tx, child, List.of(key), item.without(child.primaryKey()).with(foreignKey, parent), path);
    }
    Table table = tx.read(child.name());
    Set<JsValue> removed = new HashSet<>();
    list(alterations, "delete").forEach(key -> removed.add(table.keyOf(key)));
    if (!removed.isEmpty()) {
      deselect(tx, relation, child, parent, removed::contains, path);
    }
  }

  /** Deletes or unlinks the parent's children whose stored key passes {@code chosen}. */
  private void deselect(StoreTransaction tx, Relation relation, CollectionSchema child, JsValue parent,
      Predicate<JsValue> chosen, List<String> path) {
    Table table = tx.read(child.name());
    List<JsValue> keys = new ArrayList<>();
    table.rows.forEach((key, row) -> {
      if (SqlValues.equal(row.get(relation.manyField()), parent) && chosen.test(key)) {
        keys.add(key);
      }
    });
    for (JsValue key : keys) {
      if (relation.deletesDeselected()) {
        writer.delete(tx, child, key, path);
      } else {
        writer.update(tx, child, List.of(key), JsObject.of(relation.manyField(), JsValue.NULL), path);
      }
    }
  }

  private static List<JsValue> list(JsObject alterations, String key) {
    return alterations.get(key) instanceof JsArray array ? array.elements() : List.of();
  }

  private CollectionSchema collection(String name) {
    return schema.collection(name).orElseThrow(ItemErrors::unknownCollection);
  }

  private static List<String> append(List<String> path, String step) {
    List<String> longer = new ArrayList<>(path);
    longer.add(step);
    return List.copyOf(longer);
  }
}
