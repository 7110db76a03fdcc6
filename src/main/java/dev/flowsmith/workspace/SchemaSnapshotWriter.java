package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.Relation;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The inverse of {@link dev.flowsmith.engine.item.SchemaSnapshotReader}: a {@link Schema} as the
 * parts of a {@code GET /schema/snapshot} the reader looks at. A data.db keeps this normalised form
 * rather than the file it was applied from, so a schema built in code survives a reopen too.
 */
final class SchemaSnapshotWriter {

  private SchemaSnapshotWriter() {}

  static JsObject write(Schema schema) {
    List<JsValue> collections = new ArrayList<>();
    List<JsValue> fields = new ArrayList<>();
    for (CollectionSchema collection : schema.collections().values()) {
      JsValue sortField = collection.sortField() == null ? JsValue.NULL : JsValue.of(collection.sortField());
      collections.add(JsObject.builder().put("collection", collection.name())
          .put("meta", JsObject.of("sort_field", sortField))
          .put("schema", JsObject.of("name", JsValue.of(collection.name()))).build());
      collection.allFields().forEach(field -> fields.add(field(collection.name(), field)));
    }
    List<JsValue> relations = new ArrayList<>();
    for (Relation relation : schema.relations()) {
      relations.add(JsObject.builder().put("collection", relation.manyCollection())
          .put("field", relation.manyField()).put("related_collection", relation.oneCollection())
          .put("meta", JsObject.of("one_field",
              relation.oneField() == null ? JsValue.NULL : JsValue.of(relation.oneField())))
          .put("schema", relation.onDelete() == null ? JsValue.NULL
              : JsObject.of("on_delete", JsValue.of(relation.onDelete())))
          .build());
    }
    return JsObject.builder().put("collections", new JsArray(collections)).put("fields", new JsArray(fields))
        .put("relations", new JsArray(relations)).build();
  }

  private static JsObject field(String collection, FieldSchema field) {
    List<JsValue> specials = new ArrayList<>();
    field.special().forEach(special -> specials.add(JsValue.of(special)));
    return JsObject.builder().put("collection", collection).put("field", field.name())
        .put("type", field.type().directusName())
        .put("meta", JsObject.of("special", new JsArray(specials)))
        .put("schema", JsObject.builder().put("default_value", field.defaultValue())
            .put("is_primary_key", JsValue.of(field.primaryKey()))
            .put("has_auto_increment", JsValue.of(field.autoIncrement()))
            .put("is_nullable", JsValue.of(field.nullable()))
            .put("is_unique", JsValue.of(field.unique())).build())
        .build();
  }
}
