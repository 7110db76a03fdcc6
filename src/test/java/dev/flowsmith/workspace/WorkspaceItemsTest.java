package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceItemsTest {

  @TempDir Path dir;

  @Test
  void aNewCollectionIsAddedBesideTheOthersAndTakesImportedItems() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "string");
    fields.put("views", "integer");
    WorkspaceItems.createCollection(dir, "posts", WorkspaceItems.PrimaryKey.INTEGER, fields);
    WorkspaceItems.createCollection(dir, "tags", WorkspaceItems.PrimaryKey.STRING, Map.of());

    Path items = dir.resolve("posts.json");
    Files.writeString(items, "[{\"title\":\"a\",\"views\":3},{\"title\":\"b\",\"views\":5}]");
    assertThat(WorkspaceItems.importFile(dir, items, "posts")).containsEntry("posts", 2);

    try (SqliteItemStore store = SqliteItemStore.open(dir.resolve(SqliteItemStore.FILE_NAME))) {
      CollectionSchema posts = store.collection("posts");
      assertThat(posts.primaryKey()).isEqualTo("id");
      assertThat(posts.field("views").orElseThrow().type()).isEqualTo(FieldType.INTEGER);
      assertThat(store.schema().collection("tags")).isPresent();
      assertThat(store.readByQuery("posts", Query.EMPTY, ItemAccess.system())).hasSize(2);
    }
  }

  @Test
  void badNamesTakenNamesAndUnknownTypesAreRefused() {
    WorkspaceItems.createCollection(dir, "posts", WorkspaceItems.PrimaryKey.UUID, Map.of());
    assertThatThrownBy(() -> WorkspaceItems.createCollection(dir, "posts", WorkspaceItems.PrimaryKey.UUID, Map.of()))
        .hasMessageContaining("already exists");
    assertThatThrownBy(() -> WorkspaceItems.createCollection(dir, "Bad Name", WorkspaceItems.PrimaryKey.UUID,
        Map.of())).hasMessageContaining("not a collection name");
    assertThatThrownBy(() -> WorkspaceItems.createCollection(dir, "more", WorkspaceItems.PrimaryKey.UUID,
        Map.of("x", "varchar"))).hasMessageContaining("unknown type \"varchar\"");
  }
}
