package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The example workspace: the four example flows in {@code flows/}, their tests in {@code tests/},
 * the example schema ({@code schema-snapshot.json}) and seed items in {@code data.db}. The files
 * ship inside the jar (from {@code resources/examples}), so an installed app can create it.
 */
public final class SampleWorkspace {

  /** The example flows, by file name without {@code .json}; each has {@code tests/<name>.test.json}. */
  public static final List<String> FLOWS = List.of("email-on-publish", "invoice-totals", "scheduled-cleanup",
      "webhook-with-error-branch");

  private static final String RESOURCES = "/dev/flowsmith/samples/examples/";

  private SampleWorkspace() {}

  /**
   * Creates the example workspace in {@code dir}, which must not exist or be empty.
   *
   * @throws IOException when {@code dir} has files, or cannot be written
   */
  public static WorkspaceFolder create(Path dir) throws IOException, FlowFormatException {
    if (Files.isDirectory(dir)) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(dir + " is not empty; choose a new folder for the example workspace");
        }
      }
    }
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    Files.createDirectories(dir.resolve("tests"));
    for (String name : FLOWS) {
      AtomicFiles.write(dir.resolve(WorkspaceFolder.FLOWS_DIR).resolve(name + ".json"), text(name + ".json"));
      AtomicFiles.write(dir.resolve("tests").resolve(name + ".test.json"), text("tests/" + name + ".test.json"));
    }
    String snapshot = text("schema-snapshot.json");
    AtomicFiles.write(dir.resolve("schema-snapshot.json"), snapshot);
    try (SqliteItemStore store = SqliteItemStore.apply(dir.resolve(SqliteItemStore.FILE_NAME),
        SchemaSnapshotReader.read(JsJson.parse(snapshot)), UnaryOperator.identity())) {
      ItemStoreLoader.seed(store, JsJson.parse(text("seed-items.json")));
    }
    return WorkspaceFolder.open(dir);
  }

  private static String text(String name) throws IOException {
    try (InputStream in = SampleWorkspace.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("the example file " + name + " is missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
