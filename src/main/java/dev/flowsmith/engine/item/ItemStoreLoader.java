package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fills an in-memory store the way the golden runs prepared their server (examples/golden/README):
 * the schema from a {@code GET /schema/snapshot} export, the seed items ({@code {"collection":
 * [items…]}}, inserted as they are, explicit keys kept), then a setup patch ({@code {"collection":
 * [{"<key>", …changed fields}]}}) applied as an admin's PATCH, so update specials apply.
 */
public final class ItemStoreLoader {

  private ItemStoreLoader() {}

  public static Schema readSchema(Path snapshot) throws IOException {
    return SchemaSnapshotReader.read(readJson(snapshot));
  }

  /** A store with the snapshot's schema and the seed items (and setup, if given) loaded. */
  public static InMemoryItemStore load(Path snapshot, Path seedItems, @Nullable Path setup) throws IOException {
    InMemoryItemStore store = InMemoryItemStore.builder(readSchema(snapshot)).build();
    seed(store, readJson(seedItems));
    if (setup != null) {
      applySetup(store, readJson(setup));
    }
    return store;
  }

  /** Inserts every collection's items, in file order, each collection in one transaction. */
  public static void seed(SeedableItemStore store, JsValue seedItems) {
    for (Map.Entry<String, JsValue> entry : collections(seedItems, "seed items").entrySet()) {
      requireCollection(store, entry.getKey());
      store.seed(entry.getKey(), rows(entry.getValue(), entry.getKey()));
    }
  }

  /** Updates each listed item by its key with the other fields it lists, as an admin without events. */
  public static void applySetup(ItemStore store, JsValue setup) {
    ItemAccess admin = new ItemAccess(ItemAccess.fullAccountability(), false);
    for (Map.Entry<String, JsValue> entry : collections(setup, "setup").entrySet()) {
      CollectionSchema collection = requireCollection(store, entry.getKey());
      for (JsValue row : rows(entry.getValue(), entry.getKey())) {
        JsObject changes = (JsObject) row;
        store.updateOne(collection.name(), changes.get(collection.primaryKey()),
            changes.without(collection.primaryKey()), admin);
      }
    }
  }

  public static JsValue readJson(Path file) throws IOException {
    return JsJson.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Map<String, JsValue> collections(JsValue value, String what) {
    if (value instanceof JsObject object) {
      return object.members();
    }
    throw new IllegalArgumentException("The " + what + " must be a JSON object of collections");
  }

  private static List<JsValue> rows(JsValue value, String collection) {
    if (value instanceof JsArray array && array.elements().stream().allMatch(JsObject.class::isInstance)) {
      return array.elements();
    }
    throw new IllegalArgumentException("The items of " + collection + " must be an array of objects");
  }

  private static CollectionSchema requireCollection(ItemStore store, String name) {
    return store.schema().collection(name)
        .orElseThrow(() -> new IllegalArgumentException("Unknown collection " + name));
  }
}
