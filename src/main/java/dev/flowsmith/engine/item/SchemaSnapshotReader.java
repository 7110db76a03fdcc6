package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Schema} from the JSON of {@code GET /schema/snapshot}: {@code collections} (those
 * with a table; folders have {@code schema: null}), {@code fields} in the snapshot's order, and the
 * m2o {@code relations}. System collections a flow commonly reads ({@code directus_users}) are added
 * from {@link SystemCollections}, with any custom fields the snapshot lists for them.
 */
public final class SchemaSnapshotReader {

  private SchemaSnapshotReader() {}

  public static Schema read(JsValue snapshot) {
    JsObject root = object(snapshot, "schema snapshot");
    Map<String, JsObject> tables = new LinkedHashMap<>();
    for (JsValue collection : array(root.get("collections"))) {
      JsObject entry = object(collection, "collection");
      if (entry.get("schema") instanceof JsObject) {
        tables.put(text(entry.get("collection")), entry);
      }
    }
    Map<String, List<FieldSchema>> fields = new LinkedHashMap<>();
    for (JsValue field : array(root.get("fields"))) {
      JsObject entry = object(field, "field");
      fields.computeIfAbsent(text(entry.get("collection")), c -> new ArrayList<>()).add(field(entry));
    }
    Map<String, CollectionSchema> collections = new LinkedHashMap<>();
    tables.forEach((name, entry) -> {
      CollectionSchema plain = CollectionSchema.of(name, fields.getOrDefault(name, List.of()));
      JsValue sortField = entry.get("meta") instanceof JsObject meta ? meta.get("sort_field") : JsValue.NULL;
      collections.put(name, new CollectionSchema(name, plain.fields(), plain.primaryKey(),
          sortField instanceof JsString s ? s.value() : null));
    });
    for (CollectionSchema system : SystemCollections.all()) {
      collections.putIfAbsent(system.name(), withExtraFields(system, fields.get(system.name())));
    }
    return new Schema(collections, relations(root.get("relations")));
  }

  private static FieldSchema field(JsObject entry) {
    String name = text(entry.get("field"));
    FieldType type = FieldType.of(text(entry.get("type")));
    JsObject column = entry.get("schema") instanceof JsObject s ? s : JsObject.EMPTY;
    JsObject meta = entry.get("meta") instanceof JsObject m ? m : JsObject.EMPTY;
    JsValue defaultValue = column.get("default_value");
    return new FieldSchema(name, type, defaultValue.isUndefined() ? JsValue.NULL : defaultValue,
        flag(column.get("is_primary_key"), false), flag(column.get("has_auto_increment"), false),
        flag(column.get("is_nullable"), true), flag(column.get("is_unique"), false),
        specials(meta.get("special")));
  }

  private static List<Relation> relations(JsValue value) {
    List<Relation> relations = new ArrayList<>();
    for (JsValue relation : array(value)) {
      JsObject entry = object(relation, "relation");
      if (entry.get("related_collection") instanceof JsString related) {
        JsObject meta = entry.get("meta") instanceof JsObject m ? m : JsObject.EMPTY;
        @Nullable String onDelete = entry.get("schema") instanceof JsObject constraint
            ? constraint.get("on_delete") instanceof JsString s ? s.value() : "NO ACTION" : null;
        relations.add(new Relation(text(entry.get("collection")), text(entry.get("field")), related.value(),
            optional(meta.get("one_field")), onDelete, optional(meta.get("junction_field")),
            meta.get("one_deselect_action") instanceof JsString action ? action.value() : Relation.NULLIFY));
      }
    }
    return relations;
  }

  private static @Nullable String optional(JsValue value) {
    return value instanceof JsString s ? s.value() : null;
  }

  private static CollectionSchema withExtraFields(CollectionSchema system, @Nullable List<FieldSchema> extra) {
    if (extra == null) {
      return system;
    }
    Map<String, FieldSchema> merged = new LinkedHashMap<>(system.fields());
    extra.forEach(field -> merged.putIfAbsent(field.name(), field));
    return new CollectionSchema(system.name(), merged, system.primaryKey(), system.sortField());
  }

  /** {@code meta.special}: an array, or a comma string in older snapshots. */
  private static List<String> specials(JsValue value) {
    List<String> specials = new ArrayList<>();
    if (value instanceof JsArray list) {
      list.elements().forEach(v -> specials.add(text(v)));
    } else if (value instanceof JsString csv && !csv.value().isEmpty()) {
      specials.addAll(List.of(csv.value().split(",")));
    }
    return specials;
  }

  private static boolean flag(JsValue value, boolean otherwise) {
    return value instanceof JsBoolean b ? b.value() : otherwise;
  }

  private static List<JsValue> array(JsValue value) {
    return value instanceof JsArray list ? list.elements() : List.of();
  }

  private static JsObject object(JsValue value, String what) {
    if (value instanceof JsObject object) {
      return object;
    }
    throw new IllegalArgumentException("The " + what + " is not a JSON object");
  }

  private static String text(JsValue value) {
    if (value instanceof JsString s) {
      return s.value();
    }
    throw new IllegalArgumentException("Expected a string in the schema snapshot, got " + value);
  }
}
