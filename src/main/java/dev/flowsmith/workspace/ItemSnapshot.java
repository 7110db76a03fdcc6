package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.Relation;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.item.TableStorage;
import dev.flowsmith.engine.value.JsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's item store ({@code data.db}) read once into memory, from which throw-away
 * stores are made: each {@link #copy} starts with the same schema and rows, and what a run writes
 * to it stays in that copy. Reading works on a temporary copy of the file, so the workspace's
 * {@code data.db} is never opened for writing.
 */
public final class ItemSnapshot {

  private static final ItemSnapshot EMPTY = new ItemSnapshot(new Schema(Map.of(), List.of()), Map.of());

  private final Schema schema;
  private final Map<String, TableStorage.StoredTable> tables;

  private ItemSnapshot(Schema schema, Map<String, TableStorage.StoredTable> tables) {
    this.schema = schema;
    this.tables = Map.copyOf(tables);
  }

  /** No collections, no rows. */
  public static ItemSnapshot empty() {
    return EMPTY;
  }

  /**
   * The schema and rows of {@code workspaceRoot/data.db}; without one, the schema of a
   * {@code schema-snapshot.json} beside the flows (no rows); else {@link #empty()}.
   */
  public static ItemSnapshot of(Path workspaceRoot) throws IOException {
    Path database = workspaceRoot.resolve(SqliteItemStore.FILE_NAME);
    if (Files.isRegularFile(database)) {
      return read(database);
    }
    Path snapshot = workspaceRoot.resolve("schema-snapshot.json");
    if (Files.isRegularFile(snapshot)) {
      return new ItemSnapshot(SchemaSnapshotReader.read(JsJson.parse(Files.readString(snapshot))), Map.of());
    }
    return EMPTY;
  }

  private static ItemSnapshot read(Path database) throws IOException {
    Path dir = Files.createTempDirectory("flowsmith-items");
    try {
      Path copy = dir.resolve(SqliteItemStore.FILE_NAME);
      Files.copy(database, copy, StandardCopyOption.COPY_ATTRIBUTES);
      Path wal = database.resolveSibling(database.getFileName() + "-wal");
      if (Files.isRegularFile(wal)) {
        Files.copy(wal, dir.resolve(copy.getFileName() + "-wal"));
      }
      try (SqliteTableStorage storage = SqliteTableStorage.open(copy)) {
        String snapshot = storage.snapshot();
        if (snapshot == null) {
          throw new IOException(database + " has no schema; apply a schema snapshot first");
        }
        Schema schema = SchemaSnapshotReader.read(JsJson.parse(snapshot));
        return new ItemSnapshot(schema, storage.load(schema));
      } catch (SqliteTableStorage.StorageException e) {
        throw new IOException(database + ": " + e.getMessage(), e);
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  public Schema schema() {
    return schema;
  }

  /**
   * A fresh in-memory store with this snapshot's rows, plus the {@code extra} collections (empty),
   * on {@code clock}. Nothing it writes reaches the snapshot or the workspace.
   */
  public InMemoryItemStore copy(Clock clock, Collection<CollectionSchema> extra) {
    Schema withExtra = schema;
    if (!extra.isEmpty()) {
      Map<String, CollectionSchema> collections = new LinkedHashMap<>(schema.collections());
      extra.forEach(collection -> collections.put(collection.name(), collection));
      withExtra = new Schema(collections, new ArrayList<Relation>(schema.relations()));
    }
    return InMemoryItemStore.builder(withExtra).clock(clock).storage(TableStorage.startingWith(tables)).build();
  }
}
