package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;

/**
 * One relational field's part of a query's {@code deep}: its {@code _filter}, {@code _sort},
 * {@code _limit}, {@code _offset}, {@code _page}, {@code _search} and {@code _alias} read like the
 * top-level query members (Directus sanitizeDeep), and the deep objects of its own nested fields
 * (every member without a leading underscore).
 */
final class DeepQuery {

  private DeepQuery() {}

  static Query read(JsObject deep) {
    JsObject.Builder members = JsObject.builder();
    deep.members().forEach((name, value) -> {
      if (name.startsWith("_") && name.length() > 1) {
        members.put(name.substring(1), value);
      }
    });
    return QueryReader.read(members.build());
  }

  /** The deep objects of the nested fields. */
  static JsObject nested(JsObject deep) {
    JsObject.Builder nested = JsObject.builder();
    deep.members().forEach((name, value) -> {
      if (!name.startsWith("_") && value instanceof JsObject) {
        nested.put(name, value);
      }
    });
    return nested.build();
  }
}
