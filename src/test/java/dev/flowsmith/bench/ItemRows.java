package dev.flowsmith.bench;

import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.workspace.SqliteItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Makes a workspace's {@code data.db} for {@code scripts/bench-items.sh}: the schema of a snapshot
 * ({@code ../shared/perf/bench-schema-snapshot.json}) and {@code rows} items of {@code bench_items}
 * (title "Item i", status, views = i % 1000). Usage: {@code ItemRows WORKSPACE SNAPSHOT ROWS}.
 */
public final class ItemRows {

  private ItemRows() {}

  public static void main(String[] args) throws Exception {
    Path workspace = Path.of(args[0]);
    Schema schema = SchemaSnapshotReader.read(JsJson.parse(Files.readString(Path.of(args[1]))));
    int rows = Integer.parseInt(args[2]);
    long start = System.nanoTime();
    try (SqliteItemStore store = SqliteItemStore.apply(workspace.resolve(SqliteItemStore.FILE_NAME), schema,
        UnaryOperator.identity())) {
      List<JsValue> batch = new ArrayList<>();
      for (int i = 1; i <= rows; i++) {
        batch.add(JsObject.builder().put("id", i).put("title", "Item " + i)
            .put("status", i % 3 == 0 ? "draft" : "published").put("views", i % 1000).build());
        if (batch.size() == 20_000 || i == rows) {
          store.seed("bench_items", batch);
          batch.clear();
        }
      }
    }
    System.err.printf("%,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
  }
}
