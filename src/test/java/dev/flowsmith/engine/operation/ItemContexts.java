package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.workspace.SqliteItemStore;
import java.nio.file.Files;
import java.util.function.UnaryOperator;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Operation contexts for calling item operations directly, with a store as the only service. */
final class ItemContexts {

  /** What an admin user calling a manual flow carries as {@code $accountability}. */
  static final JsObject ADMIN_CALLER = JsObject.builder()
      .put("role", "5d6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b").put("user", "c51bab2e-227b-46cc-b6bc-c4399ff0578f")
      .put("roles", JsArray.of(JsValue.of("5d6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b")))
      .put("admin", JsValue.TRUE).put("app", JsValue.TRUE).put("ip", "127.0.0.1").build();

  /** An anonymous webhook caller. */
  static final JsObject ANONYMOUS = JsObject.builder()
      .put("role", JsValue.NULL).put("user", JsValue.NULL).put("roles", JsArray.EMPTY)
      .put("admin", JsValue.FALSE).put("app", JsValue.FALSE).put("ip", "127.0.0.1").build();

  private ItemContexts() {}

  /** A store loaded like the golden server: example snapshot, seed items, optional setup patch. */
  static InMemoryItemStore exampleStore(@Nullable Path setup) throws IOException {
    return ItemStoreLoader.load(examples().resolve("schema-snapshot.json"), examples().resolve("seed-items.json"),
        setup);
  }

  /** The same, in a fresh SQLite file (deleted when the JVM exits). */
  static SqliteItemStore sqliteExampleStore(@Nullable Path setup) throws IOException {
    Path file = Files.createTempFile("flowsmith-golden", ".db");
    file.toFile().deleteOnExit();
    SqliteItemStore store = SqliteItemStore.apply(file,
        ItemStoreLoader.readSchema(examples().resolve("schema-snapshot.json")), UnaryOperator.identity());
    ItemStoreLoader.seed(store, ItemStoreLoader.readJson(examples().resolve("seed-items.json")));
    if (setup != null) {
      ItemStoreLoader.applySetup(store, ItemStoreLoader.readJson(setup));
    }
    return store;
  }

  static Path examples() {
    return Path.of(System.getProperty("flowsmith.examples", "resources/examples")).toAbsolutePath();
  }

  static OperationContext context(ItemStore store, JsValue accountability, String key, String type) {
    Flow flow = Flow.create("a6033017-9d19-4f15-b73d-d54679fcfc76", "test flow");
    Operation operation = Operation.create("op-" + key, key, type, new GridPosition(19, 1), flow.id());
    RunServices services = RunServices.builder().add(ItemStore.class, store).build();
    return new OperationContext(JsObject.EMPTY, accountability, JsObject.EMPTY, flow, operation, services,
        Cancellation.none(), 0);
  }
}
