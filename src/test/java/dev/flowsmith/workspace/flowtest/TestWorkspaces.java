package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.workspace.SqliteItemStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Workspaces for flow-test tests: the example schema and seed items in a {@code data.db}. */
final class TestWorkspaces {

  static final Path EXAMPLES = Path.of("resources/examples");

  private TestWorkspaces() {}

  /** Creates {@code dir/data.db} from the example schema snapshot and seed items, and {@code dir/flows}. */
  static Path withExampleData(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("flows"));
    try (SqliteItemStore store = SqliteItemStore.apply(dir.resolve(SqliteItemStore.FILE_NAME),
        ItemStoreLoader.readSchema(EXAMPLES.resolve("schema-snapshot.json")), UnaryOperator.identity())) {
      ItemStoreLoader.seed(store, ItemStoreLoader.readJson(EXAMPLES.resolve("seed-items.json")));
    }
    return dir;
  }
}
