package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.workspace.SqliteItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaAndItemsCommandTest {

  private static final Path EXAMPLES = Path.of("resources/examples");

  @TempDir
  Path dir;

  private CliRun apply() {
    return CliRun.of("schema", "apply", EXAMPLES.resolve("schema-snapshot.json").toString(),
        "--workspace", dir.toString());
  }

  @Test
  void schemaApplyCreatesDataDbAndSummarisesIt() {
    CliRun run = apply();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("6 collections").contains("  invoices: 9 fields (key id integer), 0 items");
    assertThat(dir.resolve("data.db")).isRegularFile();
    assertThat(apply().exitCode()).as("applying again keeps the file").isZero();
  }

  @Test
  void schemaApplyRejectsABadSnapshotWithExitTwo() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"collections\": [1]}");
    CliRun run = CliRun.of("schema", "apply", bad.toString(), "--workspace", dir.toString());
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(run.err()).startsWith("flowsmith schema apply: ").contains("bad.json");
    assertThat(CliRun.of("schema", "apply", "missing.json", "--workspace", dir.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void itemsImportLoadsJsonAndCsvIntoTheWorkspace() throws Exception {
    apply();
    CliRun json = CliRun.of("items", "import", EXAMPLES.resolve("seed-items.json").toString(),
        "--workspace", dir.toString());
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("Imported 7 items into articles");
    Path csv = Files.writeString(dir.resolve("queue.csv"), "status,attempts,lead\nnew,0,\"{\"\"a\"\":1}\"\n");
    CliRun run = CliRun.of("items", "import", csv.toString(), "--collection", "lead_retry_queue",
        "--workspace", dir.toString());
    assertThat(run.out()).isEqualTo("Imported 1 items into lead_retry_queue" + System.lineSeparator());
    try (SqliteItemStore store = SqliteItemStore.open(dir.resolve("data.db"))) {
      assertThat(store.readByQuery("lead_retry_queue", Query.EMPTY, ItemAccess.system()).get(0).get("lead")
          .toString()).contains("a");
    }
  }

  @Test
  void itemsImportNamesTheBadCellAndNeedsAWorkspace() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "id,views\n1,lots\n");
    assertThat(CliRun.of("items", "import", csv.toString(), "--collection", "articles", "--workspace",
        dir.toString()).err()).contains("schema apply");
    apply();
    CliRun run = CliRun.of("items", "import", csv.toString(), "--collection", "articles", "--workspace",
        dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a.csv line 2, column 2 (views), item 0: \"lots\" is not an integer");
  }
}
