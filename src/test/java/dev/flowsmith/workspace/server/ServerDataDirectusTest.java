package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.SqliteItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("directus")
class ServerDataDirectusTest {

  static final int ITEMS = 450;

  @TempDir
  Path workspace;

  String collection = DirectusServer.randomName("fs_pull");

  // a field created without "meta" has no directus_fields row, and GET /schema/snapshot leaves it out
  @BeforeEach
  void createCollection() throws Exception {
    DirectusServer.createCollection(collection, (JsonArray) JsonText.parseValue("""
        [{"field": "id", "type": "integer", "meta": {"hidden": true},
          "schema": {"is_primary_key": true, "has_auto_increment": true}},
         {"field": "title", "type": "string", "meta": {"interface": "input"}},
         {"field": "price", "type": "decimal", "meta": {"interface": "input"},
          "schema": {"numeric_precision": 10, "numeric_scale": 2}},
         {"field": "tags", "type": "json", "meta": {"special": ["cast-json"]}}]"""));
    List<JsonValue> items = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      items.add(JsonText.parseValue("{\"title\": \"item " + i + "\", \"price\": " + i + ".5, \"tags\": [\"t" + i
          + "\"]}"));
    }
    DirectusServer.client().post("/items/" + collection, new JsonArray(items));
  }

  @AfterEach
  void dropCollection() {
    DirectusServer.dropCollection(collection);
  }

  @Test
  void pullsTheSchemaThenTheItemsInPages() throws Exception {
    DirectusHttp http = DirectusServer.client();
    ServerData data = new ServerData(http);
    ServerData.SchemaPull schema = data.pullSchema(workspace);
    assertThat(schema.collections()).contains(collection);
    assertThat(Files.readString(workspace.resolve(ServerData.SNAPSHOT_FILE))).contains("\"" + collection + "\"");

    ServerData.ItemsPull some = data.pullItems(workspace, collection, 10, () -> false);
    assertThat(some.items()).isEqualTo(10);
    ServerData.ItemsPull all = data.pullItems(workspace, collection, -1, () -> false);
    assertThat(all.items()).isEqualTo(ITEMS);
    assertThat(all.pages()).isEqualTo(3); // 200 + 200 + 50
    try (SqliteItemStore store = SqliteItemStore.open(workspace.resolve(SqliteItemStore.FILE_NAME))) {
      var rows = store.readByQuery(collection, Query.EMPTY.withLimit(-1), ItemAccess.system());
      assertThat(rows).hasSize(ITEMS); // the second pull replaced the first ten, no duplicates
      String last = JsJson.stringify(rows.get(rows.size() - 1)).orElseThrow();
      assertThat(last).contains("\"title\":\"item 450\"").contains("[\"t450\"]")
          .contains("\"price\":450.5");
    }
  }

  @Test
  void itemsPullNeedsTheSchemaFirst() {
    assertThatThrownBy(() -> new ServerData(DirectusServer.client()).pullItems(workspace, collection, -1, () -> false))
        .isInstanceOf(DirectusCallException.class).hasMessageContaining("schema pull");
  }
}
