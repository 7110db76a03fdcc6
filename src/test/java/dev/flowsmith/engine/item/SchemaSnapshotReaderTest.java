package dev.flowsmith.engine.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example schema snapshot, exported from a real Directus 11.11 server on SQLite. */
class SchemaSnapshotReaderTest {

  private static Schema example() throws Exception {
    Path file = Path.of(System.getProperty("flowsmith.examples", "resources/examples"), "schema-snapshot.json");
    return SchemaSnapshotReader.read(JsJson.parse(Files.readString(file)));
  }

  @Test
  void readsCollectionsFieldsInServerOrderAndKeys() throws Exception {
    Schema schema = example();
    assertThat(schema.collections().keySet()).containsExactly("articles", "cleanup_settings", "invoice_lines",
        "invoices", "lead_retry_queue", "directus_users");
    CollectionSchema articles = schema.collection("articles").orElseThrow();
    assertThat(articles.fields().keySet())
        .containsExactly("id", "title", "status", "views", "slug", "user_created", "date_updated");
    assertThat(articles.primaryKey()).isEqualTo("id");
    assertThat(articles.primaryKeyField().autoIncrement()).isTrue();
    assertThat(articles.field("status").orElseThrow().defaultValue()).isEqualTo(JsValue.of("draft"));
    assertThat(articles.field("date_updated").orElseThrow().type()).isEqualTo(FieldType.TIMESTAMP);
    assertThat(articles.field("user_created").orElseThrow().hasSpecial("user-created")).isTrue();
    FieldSchema number = schema.collection("invoices").orElseThrow().field("number").orElseThrow();
    assertThat(number.nullable()).isFalse();
    assertThat(number.unique()).isTrue();
    assertThat(schema.collection("invoice_lines").orElseThrow().field("unit_price").orElseThrow().type())
        .isEqualTo(FieldType.FLOAT);
  }

  @Test
  void readsRelationsWithTheirAliasAndConstraint() throws Exception {
    Schema schema = example();
    assertThat(schema.manyToOne("invoice_lines", "invoice")).contains(
        new Relation("invoice_lines", "invoice", "invoices", "lines", "CASCADE", null, Relation.DELETE));
    assertThat(schema.oneToMany("invoices", "lines")).isPresent();
    assertThat(schema.manyToOne("articles", "user_created").orElseThrow().oneCollection())
        .isEqualTo(SystemCollections.USERS);
    assertThat(schema.collection("invoices").orElseThrow().field("lines").orElseThrow().isAlias()).isTrue();
  }

  @Test
  void addsTheUsersCollectionWithConcealedSecrets() throws Exception {
    CollectionSchema users = example().collection(SystemCollections.USERS).orElseThrow();
    assertThat(users.primaryKeyField().type()).isEqualTo(FieldType.UUID);
    assertThat(users.field("password").orElseThrow().hasSpecial("conceal")).isTrue();
  }
}
