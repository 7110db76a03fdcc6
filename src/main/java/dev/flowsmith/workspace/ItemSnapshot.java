package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.Relation;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.item.SqliteTables;
import org.jspecify.annotations.Nullable;
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
 * The workspace's item store ({@code data.db}) as it was when read, from which throw-away stores
 * are made: each {@link #copy} is an in-memory SQLite database restored from a private copy of the
 * file, so it starts with the same schema and rows, and what a run writes stays in that copy. The
 * workspace's {@code data.db} is never opened for writing.
 */
public final class ItemSnapshot {

  private static final ItemSnapshot EMPTY = new ItemSnapshot(new Schema(Map.of(), List.of()), null);

  private final Schema schema;
  /** The private copy of the file, null for a schema without rows. */
  private final @Nullable Path rows;

  private ItemSnapshot(Schema schema, @Nullable Path rows) {
    this.schema = schema;
    this.rows = rows;
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
      return new ItemSnapshot(SchemaSnapshotReader.read(JsJson.parse(Files.readString(snapshot))), null);
    }
    return EMPTY;
  }

  private static ItemSnapshot read(Path database) throws IOException {
    Path dir = Files.createTempDirectory("flowsmith-items");
    Path copy = dir.resolve(SqliteItemStore.FILE_NAME);
    Files.copy(database, copy, StandardCopyOption.COPY_ATTRIBUTES);
    Path wal = database.resolveSibling(database.getFileName() + "-wal");
    if (Files.isRegularFile(wal)) {
      Files.copy(wal, dir.resolve(copy.getFileName() + "-wal"));
    }
    // Closing the only connection folds the copied WAL into the copy, so it stands alone.
    try (SqliteTables tables = SqliteTables.open(copy)) {
      String snapshot = tables.snapshot();
      if (snapshot == null) {
        throw new IOException(database + " has no schema; apply a schema snapshot first");
      }
      copy.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return new ItemSnapshot(SchemaSnapshotReader.read(JsJson.parse(snapshot)), copy);
    } catch (SqliteTables.StorageException e) {
      throw new IOException(database + ": " + e.getMessage(), e);
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
    InMemoryItemStore.Builder builder = InMemoryItemStore.builder(withExtra).clock(clock);
    return rows == null ? builder.build() : builder.copyOf(rows).build();
  }
}
