package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.SqliteItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The collection names the side panel offers: those of the workspace's embedded database (its
 * schema) and those the open flows already use, so a flow file opened alone still gets its own.
 */
public final class CollectionNames {

  static final String DATA_FILE = "data.db";

  private CollectionNames() {}

  public static List<String> of(@Nullable WorkspaceFolder workspace, List<Flow> flows) {
    TreeSet<String> names = new TreeSet<>();
    if (workspace != null) {
      Path data = workspace.root().resolve(DATA_FILE);
      if (Files.isRegularFile(data)) {
        try (SqliteItemStore store = SqliteItemStore.open(data)) {
          names.addAll(store.schema().collections().keySet());
        } catch (RuntimeException unreadable) {
          // a database without a schema (or locked by another process) just offers nothing extra
        }
      }
    }
    for (Flow flow : flows) {
      for (Operation op : flow.operations()) {
        if (op.optionsObject().get("collection").orElse(null) instanceof JsonString name && !name.value().isBlank()
            && !name.value().contains("{{")) {
          names.add(name.value());
        }
      }
    }
    return List.copyOf(names);
  }
}
