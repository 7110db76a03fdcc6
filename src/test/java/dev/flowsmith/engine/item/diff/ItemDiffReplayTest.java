package dev.flowsmith.engine.item.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.item.AccessPolicy;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Replays the differential fixtures recorded from Directus 11.11 (tools/item-oracle, re-record with
 * scripts/record-item-fixtures.sh) against Flowsmith's item store: the reads on the seeded store,
 * then the writes and permission cases in order on a second store, then the state they leave.
 * Every case must give the server's answer exactly (same JSON, same order, same errors) unless it
 * is listed in {@code known-differences.txt}, and every listed case must still differ: the list
 * only shrinks. The comparison of every case goes to {@code target/itemdiff-report.txt}.
 *
 * <p>{@code -Ditemdiff.rewrite=true} rewrites the list to what differs now (after a merge of the
 * read side, to see which cases it fixed; review the diff before committing it).
 */
class ItemDiffReplayTest {

  private static final String BASE = "/itemdiff/";
  private static final Path LIST = Path.of("src/test/resources/itemdiff/known-differences.txt");
  private static final Path REPORT = Path.of("target/itemdiff-report.txt");

  @Test
  void everyRecordedCaseMatchesTheServerOrIsAKnownDifference() throws IOException {
    Schema schema = SchemaSnapshotReader.read(json("schema.json"));
    JsObject access = (JsObject) json("access.json");
    AccessPolicy policy = DiffAccess.policy(access);
    ItemAccess admin = new ItemAccess(ItemAccess.fullAccountability(), false);
    ItemAccess limited = new ItemAccess(DiffAccess.accountability(access), false);

    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    RestItems reads = new RestItems(seeded(schema, policy));
    for (JsObject c : lines("reads.jsonl")) {
      outcomes.put(text(c, "id"), replay(reads, c, admin));
    }
    InMemoryItemStore written = seeded(schema, policy);
    RestItems writes = new RestItems(written);
    for (JsObject c : lines("writes.jsonl")) {
      outcomes.put(text(c, "id"), replay(writes, c, "limited".equals(text(c, "as")) ? limited : admin));
    }
    JsObject finalState = (JsObject) json("final-state.json");
    JsObject traced = (JsObject) finalState.get("fields");
    JsObject expectedState = (JsObject) finalState.get("state");
    for (String collection : traced.keys()) {
      JsObject query = JsObject.builder().put("fields", traced.get(collection)).put("limit", -1).put("sort", "id").build();
      JsObject actual = writes.answer("GET", collection, JsValue.UNDEFINED, JsValue.UNDEFINED, query, admin);
      JsObject expected = JsObject.builder().put("status", 200).put("data", expectedState.get(collection)).build();
      outcomes.put("final:" + collection, new Outcome("final-state", canonical(expected), canonical(actual)));
    }

    TreeSet<String> differing = new TreeSet<>();
    outcomes.forEach((id, outcome) -> {
      if (!outcome.matches()) {
        differing.add(id);
      }
    });
    Map<String, String> listed = knownDifferences();
    writeReport(outcomes, differing, listed);
    if (Boolean.getBoolean("itemdiff.rewrite")) {
      rewriteList(outcomes, differing, listed);
    }
    TreeSet<String> fixed = new TreeSet<>(listed.keySet());
    fixed.removeAll(differing);
    TreeSet<String> regressed = new TreeSet<>(differing);
    regressed.removeAll(listed.keySet());
    assertThat(outcomes).hasSizeGreaterThan(2500);
    assertThat(regressed).as("cases that differ from Directus and are not listed (see %s)", REPORT).isEmpty();
    assertThat(fixed).as("listed cases that now match Directus: remove them from %s", LIST).isEmpty();
  }

  private static InMemoryItemStore seeded(Schema schema, AccessPolicy policy) throws IOException {
    InMemoryItemStore store = InMemoryItemStore.builder(schema).access(policy).build();
    ItemStoreLoader.seed(store, json("seed.json"));
    return store;
  }

  private static Outcome replay(RestItems rest, JsObject c, ItemAccess access) {
    JsObject expected = c.has("errors")
        ? JsObject.builder().put("status", c.get("status")).put("errors", c.get("errors")).build()
        : JsObject.builder().put("status", c.get("status")).put("data", c.get("data")).build();
    JsObject actual;
    try {
      actual = rest.answer(text(c, "method"), text(c, "collection"), c.get("key"), c.get("body"), c.get("query"), access);
    } catch (RuntimeException crash) {
      actual = JsObject.of("crash", JsValue.of(crash.toString()));
    }
    return new Outcome(text(c, "kind"), canonical(expected), canonical(actual));
  }

  private record Outcome(String kind, String expected, String actual) {
    boolean matches() {
      return expected.equals(actual);
    }
  }

  private static void writeReport(Map<String, Outcome> outcomes, TreeSet<String> differing, Map<String, String> listed)
      throws IOException {
    Map<String, int[]> byKind = new LinkedHashMap<>();
    outcomes.values().forEach(o -> {
      int[] counts = byKind.computeIfAbsent(o.kind(), k -> new int[2]);
      counts[o.matches() ? 0 : 1]++;
    });
    StringBuilder out = new StringBuilder("Item differential replay against Directus 11.11 fixtures\n");
    out.append(String.format("%d cases, %d match, %d differ (%d listed as known)%n", outcomes.size(),
        outcomes.size() - differing.size(), differing.size(), listed.size()));
    byKind.forEach((kind, counts) -> out.append(String.format("  %-14s %5d match %5d differ%n", kind, counts[0], counts[1])));
    out.append("\nDifferences:\n");
    for (String id : differing) {
      Outcome o = outcomes.get(id);
      out.append(id).append(" [").append(o.kind()).append("]").append(listed.containsKey(id) ? "" : " NOT LISTED").append('\n')
          .append("  directus:  ").append(clip(o.expected())).append('\n')
          .append("  flowsmith: ").append(clip(o.actual())).append('\n');
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, out, StandardCharsets.UTF_8);
  }

  private static void rewriteList(Map<String, Outcome> outcomes, TreeSet<String> differing, Map<String, String> listed)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Cases of src/test/resources/itemdiff where Flowsmith's answer still differs from Directus 11.11.\n")
        .append("# ItemDiffReplayTest fails when a case here matches (remove it) or one not here differs.\n");
    for (String id : differing) {
      String note = listed.containsKey(id) && !listed.get(id).isEmpty() ? listed.get(id) : note(outcomes.get(id));
      out.append(id).append("  # ").append(note).append('\n');
    }
    Files.writeString(LIST, out, StandardCharsets.UTF_8);
  }

  /** What kind of case it is and how it differs, for a reader of the list. */
  private static String note(Outcome outcome) {
    boolean expectedError = outcome.expected().contains("\"errors\"");
    boolean actualError = outcome.actual().contains("\"errors\"");
    String how = expectedError && actualError ? "other error"
        : expectedError ? "directus rejects, flowsmith answers"
        : actualError ? "flowsmith rejects: " + message(outcome.actual())
        : "different data";
    return outcome.kind() + ": " + how;
  }

  private static String message(String answer) {
    int start = answer.indexOf("\"message\":\"");
    if (start < 0) {
      return "crash";
    }
    String rest = answer.substring(start + 11);
    return rest.substring(0, Math.min(rest.length(), 70)).replaceAll("\"[,}].*", "");
  }

  /** {@code id  # note} per line; blank lines and comment lines are ignored. */
  private static Map<String, String> knownDifferences() throws IOException {
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : resource("known-differences.txt").split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int hash = trimmed.indexOf('#');
      String id = (hash < 0 ? trimmed : trimmed.substring(0, hash)).strip();
      listed.put(id, hash < 0 ? "" : trimmed.substring(hash + 1).strip());
    }
    return listed;
  }

  private static String clip(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }

  private static String canonical(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }

  private static String text(JsObject c, String key) {
    return c.get(key) instanceof JsString s ? s.value() : null;
  }

  private static List<JsObject> lines(String name) throws IOException {
    List<JsObject> cases = new ArrayList<>();
    for (String line : resource(name).split("\n")) {
      if (!line.isBlank()) {
        cases.add((JsObject) JsJson.parse(line));
      }
    }
    return cases;
  }

  private static JsValue json(String name) throws IOException {
    return JsJson.parse(resource(name));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(ItemDiffReplayTest.class.getResourceAsStream(BASE + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
