package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Map;

/** A store that can also be filled with rows as they are, the way a database import does. */
public interface SeedableItemStore extends ItemStore {

  /**
   * Loads rows as they are (seed data, {@link ItemStoreLoader}): column defaults and keys apply,
   * specials, validation, foreign keys and events do not. One transaction for all of them.
   */
  void seed(String collection, List<JsValue> rows);

  /**
   * Loads rows into several collections in one transaction: when one row fails, none is loaded.
   * The default seeds one collection after the other; stores with transactions do better.
   */
  default void seedAll(Map<String, List<JsValue>> rowsByCollection) {
    rowsByCollection.forEach(this::seed);
  }
}
