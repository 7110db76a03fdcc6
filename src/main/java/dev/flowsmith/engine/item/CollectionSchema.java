package dev.flowsmith.engine.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A collection: its fields in the server's order (the order {@code *} expands to) and its primary
 * key.
 *
 * @param sortField {@code meta.sort_field}: the default sort when a query has none, else the key
 */
public record CollectionSchema(String name, Map<String, FieldSchema> fields, String primaryKey,
    @Nullable String sortField) {

  public CollectionSchema {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    if (!fields.containsKey(primaryKey)) {
      throw new IllegalArgumentException("Collection " + name + " has no primary key field " + primaryKey);
    }
  }

  public static CollectionSchema of(String name, List<FieldSchema> fields) {
    Map<String, FieldSchema> byName = new LinkedHashMap<>();
    String key = null;
    for (FieldSchema field : fields) {
      byName.put(field.name(), field);
      if (field.primaryKey() && key == null) {
        key = field.name();
      }
    }
    if (key == null) {
      throw new IllegalArgumentException("Collection " + name + " has no primary key");
    }
    return new CollectionSchema(name, byName, key, null);
  }

  public Optional<FieldSchema> field(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  public FieldSchema primaryKeyField() {
    return fields.get(primaryKey);
  }

  /** The fields that are columns (not aliases), in order. */
  public List<FieldSchema> columns() {
    List<FieldSchema> columns = new ArrayList<>();
    for (FieldSchema field : fields.values()) {
      if (!field.isAlias()) {
        columns.add(field);
      }
    }
    return columns;
  }

  public Collection<FieldSchema> allFields() {
    return fields.values();
  }

  public String defaultSort() {
    return sortField != null ? sortField : primaryKey;
  }
}
