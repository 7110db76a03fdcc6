package dev.flowsmith.cli;

import dev.flowsmith.workspace.ItemImport;
import dev.flowsmith.workspace.SqliteItemStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerData;
import dev.flowsmith.workspace.server.ServerTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code items import}: loads items from JSON or CSV into a workspace's item store. */
@Command(name = "items", mixinStandardHelpOptions = true,
    description = "Works with the items in a workspace's item store (DIR/data.db).")
final class ItemsCommand extends WorkspaceCommand {

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Loads items as they are (keys kept, column defaults applied), the whole file in one"
          + " transaction: nothing is loaded when a value is bad.",
          "Every value is checked against its field's type and unknown fields are refused (--ignore-unknown"
          + " drops them); errors name the item index and field, and for CSV the line and column.",
          "JSON: an array of items, or {\"collection\": [items…]} (seed-items.json).",
          "CSV: a header row of field names; an empty cell is null; values are typed by their field."})
  int importItems(
      @Parameters(paramLabel = "FILE", description = "a .json or .csv file") Path file,
      @Option(names = "--collection", paramLabel = "C",
          description = "the collection (required for CSV and JSON arrays)") @Nullable String collection,
      @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "workspace folder")
      Path workspace,
      @Option(names = "--ignore-unknown",
          description = "drop fields (CSV columns) the collection does not have instead of refusing the file")
      boolean ignoreUnknown) {
    Path data = workspace.resolve(SqliteItemStore.FILE_NAME);
    if (!Files.isRegularFile(data)) {
      return fail("import", data + " does not exist; run 'flowsmith schema apply SNAPSHOT --workspace "
          + workspace + "' first");
    }
    try (SqliteItemStore store = SqliteItemStore.open(data)) {
      Map<String, Integer> counts = ItemImport.importFile(store, file, collection, ignoreUnknown);
      counts.forEach((name, count) -> spec.commandLine().getOut().println(
          "Imported " + count + " items into " + name));
      return FlowsmithCli.OK;
    } catch (IOException | RuntimeException bad) {
      return fail("import", bad.getMessage());
    }
  }

  @Command(name = "pull", mixinStandardHelpOptions = true,
      description = {"Copies a collection's items from a Directus server into DIR/data.db, page by page",
          "(items with the same key are replaced). Run 'schema pull' first so data.db has the collection."})
  int pull(
      @Parameters(paramLabel = "COLLECTION", description = "the collection") String collection,
      @Option(names = "--limit", paramLabel = "N", defaultValue = "-1",
          description = "copy at most N items (default: all)") int limit,
      @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "workspace folder")
      Path workspace,
      @Mixin ServerOptions server) {
    try {
      ServerTarget target = server.resolve(workspace);
      ServerData.ItemsPull pulled = new ServerData(target.client()).pullItems(workspace, collection,
          limit < 0 ? -1 : limit, () -> false);
      spec.commandLine().getOut().println("Pulled " + pulled.items() + " items of " + collection + " from "
          + target.url() + " (" + pulled.requests() + " requests)");
      return FlowsmithCli.OK;
    } catch (DirectusCallException failed) {
      return fail("pull", failed.plainMessage());
    } catch (RuntimeException bad) {
      return fail("pull", bad.getMessage());
    }
  }
}
