package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.workspace.server.DirectusServer;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.workspace.SqliteItemStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schema pull} and {@code items pull} against the real server, with a collection of a random name. */
@Tag("directus")
class ServerDataCommandDirectusTest {

  @TempDir
  Path workspace;

  final String collection = DirectusServer.randomName("fs_cli_pull");

  @AfterEach
  void drop() {
    DirectusServer.dropCollection(collection);
  }

  @Test
  void schemaPullThenItemsPullFillDataDb() throws Exception {
    DirectusServer.createCollection(collection, (JsonArray) JsonText.parseValue("""
        [{"field": "id", "type": "integer", "meta": {"hidden": true},
          "schema": {"is_primary_key": true, "has_auto_increment": true}},
         {"field": "name", "type": "string", "meta": {"interface": "input"}}]"""));
    DirectusServer.client().post("/items/" + collection, JsonText.parseValue(
        "[{\"name\": \"first\"}, {\"name\": \"second\"}, {\"name\": \"third\"}]"));
    String url = DirectusServer.url().toString();

    CliRun schema = CliRun.of("schema", "pull", "--workspace", workspace.toString(), "--url", url);
    assertThat(schema.exitCode()).as(schema.err()).isZero();
    assertThat(schema.out()).startsWith("Pulled the schema of " + url).contains("  " + collection + "\n");
    assertThat(workspace.resolve("schema-snapshot.json")).exists();

    CliRun items = CliRun.of("items", "pull", collection, "--limit", "2", "--workspace", workspace.toString(),
        "--url", url);
    assertThat(items.exitCode()).as(items.err()).isZero();
    assertThat(items.out()).startsWith("Pulled 2 items of " + collection + " from " + url);

    try (SqliteItemStore store = SqliteItemStore.open(workspace.resolve(SqliteItemStore.FILE_NAME))) {
      var rows = store.readByQuery(collection, Query.EMPTY.withLimit(-1), ItemAccess.system());
      assertThat(JsJson.stringify(new JsArray(new java.util.ArrayList<>(rows))).orElseThrow())
          .isEqualTo("[{\"id\":1,\"name\":\"first\"},{\"id\":2,\"name\":\"second\"}]");
    }
  }
}
