package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Field-level read grants on the storediff_ schema, with the texts Directus 11.11 answers. */
class ReadPermissionsTest {

  private static final String P = "storediff_posts";
  private ReadPermissions permissions;
  private CollectionSchema posts;
  private ItemAccess limited;

  @BeforeEach
  void policy() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/itemdiff/schema.json")) {
      schema = SchemaSnapshotReader.read(JsJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    AccessPolicy policy = AccessPolicy.builder().role("r", false, false)
        .allowRoleFields("r", P, ItemAction.READ, List.of("id", "title", "author", "comments", "tags"))
        .allowRoleFields("r", "storediff_authors", ItemAction.READ, List.of("*"))
        .allowRoleFields("r", "storediff_comments", ItemAction.READ, List.of("id", "text")).build();
    permissions = new ReadPermissions(schema, policy);
    posts = schema.collection(P).orElseThrow();
    limited = new ItemAccess(policy.accountabilityForRole("r"), false);
  }

  private List<String> fields(String query) {
    return permissions.check(posts, QueryReader.read(object(query)), limited).fields();
  }

  private String denial(String query, ItemAccess access) {
    try {
      permissions.check(posts, QueryReader.read(object(query)), access);
    } catch (JsException e) {
      return ((JsError) e.value()).message();
    }
    throw new AssertionError("expected a denial");
  }

  @Test
  void wildcardsWidenOnlyToGrantedFieldsAndUnreadableAliasesDrop() {
    // tags is granted but its junction is not readable: the alias is left out, as the server does
    assertThat(fields("{}")).containsExactly("id", "title", "author", "comments");
    assertThat(fields("{\"fields\":\"*,comments.*,tags,tags.*\"}"))
        .containsExactly("id", "title", "author", "comments", "comments.id", "comments.text");
    assertThat(fields("{\"fields\":\"author.*\"}")).containsExactly("author.*");
    assertThat(fields("{\"fields\":\"year(title)\"}")).containsExactly("year(title)");
    assertThat(permissions.check(posts, QueryReader.read(object("{\"fields\":\"writer.name\"}")),
        java.util.Map.of("writer", "author"), limited).fields()).containsExactly("writer.name");
    assertThat(permissions.check(posts, Query.EMPTY, new ItemAccess(ItemAccess.fullAccountability(), false)).fields())
        .isNull();
  }

  @Test
  void deniedFieldsAreNamedWithWhereTheQueryMetThem() {
    assertThat(denial("{\"fields\":\"id,body,author.email,rating\"}", limited)).isEqualTo("You don't have permission to"
        + " access fields \"body\", \"rating\" in collection \"storediff_posts\" or they do not exist. Queried in root.");
    assertThat(denial("{\"fields\":\"comments.likes\"}", limited)).isEqualTo("You don't have permission to access"
        + " field \"likes\" in collection \"storediff_comments\" or it does not exist. Queried in \"comments\".");
    assertThat(denial("{\"filter\":{\"author\":{\"posts\":{\"status\":{\"_eq\":\"x\"}}}}}", limited)).isEqualTo(
        "You don't have permission to access field \"status\" in collection \"storediff_posts\" or it does not exist."
            + " Queried in \"author.posts\".");
    assertThat(denial("{\"sort\":\"-views\"}", limited)).contains("field \"views\"").endsWith("Queried in root.");
    assertThat(denial("{\"fields\":\"nope\"}", new ItemAccess(ItemAccess.fullAccountability(), false)))
        .isEqualTo("You don't have permission to access field \"nope\" in collection \"storediff_posts\" or it does"
            + " not exist. Queried in root.");
  }

  @Test
  void aggregateAndGroupByFieldsAreCheckedAsReturnedFields() {
    // processAst puts aggregate and groupBy fields beside the returned ones (fixtures p065, p067)
    assertThat(denial("{\"aggregate\":{\"sum\":\"rating\"}}", limited)).isEqualTo("You don't have permission"
        + " to access field \"rating\" in collection \"storediff_posts\" or it does not exist. Queried in root.");
    assertThat(denial("{\"aggregate\":{\"count\":\"*\"},\"groupBy\":\"status\"}", limited))
        .contains("field \"status\"").endsWith("Queried in root.");
    assertThat(denial("{\"aggregate\":{\"count\":\"*\"},\"groupBy\":\"nope\"}", admin()))
        .contains("field \"nope\"").endsWith("Queried in root."); // fixture r2748: existence even for admins
    // an aggregate query returns no `fields`, and a sort on an aggregate names no field
    permissions.check(posts, QueryReader.read(object("{\"aggregate\":{\"count\":\"id\"},\"fields\":\"body\","
        + "\"sort\":\"count\"}")), limited);
  }

  @Test
  void deepFilterAndSortFieldsAreCheckedWhereTheyApply() {
    assertThat(denial("{\"fields\":\"id,comments.text\",\"deep\":{\"comments\":{\"_filter\":{\"likes\":"
        + "{\"_gt\":1}}}}}", limited)).isEqualTo("You don't have permission to access field \"likes\" in collection"
        + " \"storediff_comments\" or it does not exist. Queried in \"comments\".");
    assertThat(denial("{\"fields\":\"comments.text\",\"deep\":{\"comments\":{\"_sort\":\"-likes\"}}}", limited))
        .endsWith("Queried in \"comments\".");
    // deep of a field the query does not return is not read
    permissions.check(posts, QueryReader.read(object("{\"fields\":\"id\",\"deep\":{\"comments\":{\"_filter\":"
        + "{\"likes\":{\"_gt\":1}}}}}")), limited);
  }

  @Test
  void unknownFieldsComeBeforeDeniedOnesAndFilterFieldsLastKeyFirst() {
    // validatePathExistence runs over every place before validatePathPermissions
    assertThat(denial("{\"fields\":\"body\",\"sort\":\"nope\"}", limited)).contains("field \"nope\"");
    // flattenFilter walks the filter with a stack: the last key's fields come first
    assertThat(denial("{\"filter\":{\"_and\":[{\"body\":{\"_eq\":\"x\"}},{\"rating\":1}]}}", limited))
        .contains("fields \"rating\", \"body\"");
    // filter and sort of one place are one list, filter's first
    assertThat(denial("{\"filter\":{\"body\":{\"_null\":true}},\"sort\":\"views\"}", limited))
        .contains("fields \"body\", \"views\"");
  }

  private static ItemAccess admin() {
    return new ItemAccess(ItemAccess.fullAccountability(), false);
  }
}
