package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The foreign key constraints of the snapshot's relations, as SQLite with {@code foreign_keys = ON}
 * enforces them: a written m2o key must exist; deleting a referenced row cascades, sets the
 * references to null, or fails ({@code NO ACTION}/{@code RESTRICT}) per {@code on_delete}.
 */
final class ForeignKeys {

  private final Schema schema;

  ForeignKeys(Schema schema) {
    this.schema = schema;
  }

  /** Rejects with INVALID_FOREIGN_KEY when a constrained m2o field of the row points nowhere. */
  void checkReferences(StoreTransaction tx, CollectionSchema collection, JsObject row) {
    for (Relation relation : schema.relations()) {
      if (relation.onDelete() == null || !relation.manyCollection().equals(collection.name())) {
        continue;
      }
      JsValue key = row.get(relation.manyField());
      if (!key.isNullish() && tx.row(relation.oneCollection(), key).isEmpty()) {
        throw ItemErrors.invalidForeignKey();
      }
    }
  }

  /** Removes the row and applies every constraint that points at it. */
  void delete(StoreTransaction tx, CollectionSchema collection, JsValue key) {
    Table table = tx.write(collection.name());
    JsObject removed = table.rows.remove(table.keyOf(key));
    if (removed == null) {
      return;
    }
    JsValue removedKey = removed.get(collection.primaryKey());
    for (Relation relation : schema.relations()) {
      if (relation.onDelete() == null || !relation.oneCollection().equals(collection.name())) {
        continue;
      }
      Table children = tx.read(relation.manyCollection());
      if (children == null) {
        continue;
      }
      List<JsValue> referencing = new ArrayList<>();
      for (Map.Entry<JsValue, JsObject> child : children.rows.where(relation.manyField(), removedKey).entrySet()) {
        if (SqlValues.equal(child.getValue().get(relation.manyField()), removedKey)) {
          referencing.add(child.getKey());
        }
      }
      if (!referencing.isEmpty()) {
        onDelete(tx, relation, children.schema, referencing);
      }
    }
  }

  private void onDelete(StoreTransaction tx, Relation relation, CollectionSchema children, List<JsValue> keys) {
    switch (relation.onDelete()) {
      case "CASCADE" -> keys.forEach(key -> delete(tx, children, key));
      case "SET NULL" -> {
        Table table = tx.write(children.name());
        for (JsValue key : keys) {
          JsObject row = table.rows.get(key);
          if (!children.field(relation.manyField()).orElseThrow().nullable()) {
            throw ItemErrors.notNull(children.name(), relation.manyField());
          }
          table.rows.put(key, row.with(relation.manyField(), JsValue.NULL));
        }
      }
      case "SET DEFAULT" -> {
        Table table = tx.write(children.name());
        FieldSchema field = children.field(relation.manyField()).orElseThrow();
        for (JsValue key : keys) {
          table.rows.put(key, table.rows.get(key).with(field.name(), FieldCodec.toDb(field, field.defaultValue())));
        }
      }
      default -> throw ItemErrors.invalidForeignKey();
    }
  }
}
