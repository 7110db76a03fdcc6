package dev.flowsmith.cli;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.workspace.SqliteItemStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerData;
import dev.flowsmith.workspace.server.ServerTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schema apply}: makes a workspace's item store mirror a Directus project's schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Manages the schema of a workspace's item store (DIR/data.db).")
final class SchemaCommand extends WorkspaceCommand {

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = {"Creates or updates DIR/data.db from a Directus schema snapshot (GET /schema/snapshot).",
          "Existing items stay; new collections and fields are added."})
  int apply(
      @Parameters(paramLabel = "SNAPSHOT", description = "schema snapshot JSON file") Path snapshot,
      @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "workspace folder")
      Path workspace) {
    PrintWriter out = spec.commandLine().getOut();
    Schema schema;
    try {
      schema = ItemStoreLoader.readSchema(snapshot);
      Files.createDirectories(workspace);
    } catch (IOException | RuntimeException bad) {
      return fail("apply", snapshot + ": " + bad.getMessage());
    }
    Path file = workspace.resolve(SqliteItemStore.FILE_NAME);
    try (SqliteItemStore store = SqliteItemStore.apply(file, schema, UnaryOperator.identity())) {
      out.println("Applied " + snapshot.getFileName() + " to " + file + ": "
          + store.schema().collections().size() + " collections");
      for (CollectionSchema collection : store.schema().collections().values()) {
        int items = store.readByQuery(collection.name(), Query.EMPTY.withLimit(-1).withFields(
            java.util.List.of(collection.primaryKey())), ItemAccess.system()).size();
        out.println("  " + collection.name() + ": " + collection.allFields().size() + " fields (key "
            + collection.primaryKey() + " " + collection.primaryKeyField().type() + "), " + items + " items");
      }
      return FlowsmithCli.OK;
    } catch (RuntimeException bad) {
      return fail("apply", file + ": " + bad.getMessage());
    }
  }

  @Command(name = "pull", mixinStandardHelpOptions = true,
      description = {"Saves a Directus server's schema (GET /schema/snapshot) as DIR/" + ServerData.SNAPSHOT_FILE,
          "and applies it to DIR/data.db. Existing items stay; new collections and fields are added."})
  int pull(
      @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "workspace folder")
      Path workspace,
      @Mixin ServerOptions server) {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ServerTarget target = server.resolve(workspace);
      ServerData.SchemaPull pulled = new ServerData(target.client()).pullSchema(workspace);
      out.println("Pulled the schema of " + target.url() + " into " + pulled.snapshotFile() + " and "
          + pulled.dataFile() + ": " + pulled.collections().size() + " collections");
      pulled.collections().forEach(name -> out.println("  " + name));
      return FlowsmithCli.OK;
    } catch (DirectusCallException failed) {
      return fail("pull", failed.plainMessage());
    } catch (IOException | RuntimeException bad) {
      return fail("pull", bad.getMessage());
    }
  }
}
