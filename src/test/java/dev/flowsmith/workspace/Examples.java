package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;

/** The example workspace data shipped in resources/examples, and a way to dump a store. */
final class Examples {

  private Examples() {}

  static Path dir() {
    return Path.of(System.getProperty("flowsmith.examples", "resources/examples")).toAbsolutePath();
  }

  static Path snapshot() {
    return dir().resolve("schema-snapshot.json");
  }

  static Schema schema() throws IOException {
    return ItemStoreLoader.readSchema(snapshot());
  }

  /** Every row of a collection (all fields, default sort) as JSON. */
  static String rows(ItemStore store, String collection) {
    return JsJson.stringify(new JsArray(new ArrayList<>(
        store.readByQuery(collection, Query.EMPTY.withLimit(-1), ItemAccess.system())))).orElseThrow();
  }
}
