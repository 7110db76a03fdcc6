package dev.flowsmith.engine.item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The collections and relations an item store holds; immutable. */
public record Schema(Map<String, CollectionSchema> collections, List<Relation> relations) {

  public Schema {
    collections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(collections));
    relations = List.copyOf(relations);
  }

  public Optional<CollectionSchema> collection(String name) {
    return Optional.ofNullable(collections.get(name));
  }

  /** The relation whose foreign key is {@code collection.field}. */
  public Optional<Relation> manyToOne(String collection, String field) {
    return relations.stream()
        .filter(r -> r.manyCollection().equals(collection) && r.manyField().equals(field))
        .findFirst();
  }

  /** The relation whose o2m alias is {@code collection.field}. */
  public Optional<Relation> oneToMany(String collection, String field) {
    return relations.stream()
        .filter(r -> r.oneCollection().equals(collection) && field.equals(r.oneField()))
        .findFirst();
  }
}
