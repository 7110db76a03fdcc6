package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestKeyRenamesTest {

  @TempDir Path workspace;

  private static final String TEST = "{\"flow\": \"f1\", \"tests\": [{\"name\": \"a\", \"trigger\": {\"x\": 1},"
      + " \"mock\": {\"fetch\": {\"resolve\": 1}, \"other\": {\"resolve\": 2}},"
      + " \"expect\": {\"steps\": [\"fetch\", \"fetched\", \"other\"],"
      + " \"chain\": {\"fetch\": 1, \"fetch.data\": {\"fetch\": \"kept\"}, \"fetch[0]\": 2, \"fetched.x\": 3,"
      + " \"$last\": {\"$exists\": true}, \"$trigger.fetch\": 4}}},"
      + " {\"name\": \"b\", \"expect\": {\"status\": \"resolve\"}}]}";

  private Path write(String name, String text) throws Exception {
    Path dir = Files.createDirectories(workspace.resolve("tests"));
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void renamesChainPathsMocksAndStepsButNotOtherKeysOrValues() throws Exception {
    Path file = write("f.test.json", TEST);
    var changes = TestKeyRenames.rename(workspace, "f1", "fetch", "load");
    assertThat(changes).extracting(TestKeyRenames.Change::where).containsExactly("mock", "chain.fetch",
        "chain.fetch.data", "chain.fetch[0]", "steps");
    assertThat(changes).allSatisfy(c -> assertThat(c.test()).isEqualTo("a"));
    FlowTestFile read = FlowTestReader.read(file);
    FlowTestCase a = read.cases().get(0);
    assertThat(a.mocks()).containsOnlyKeys("load", "other");
    assertThat(JsonText.compact(a.expect())).isEqualTo("{\"steps\":[\"load\",\"fetched\",\"other\"],"
        + "\"chain\":{\"load\":1,\"load.data\":{\"fetch\":\"kept\"},\"load[0]\":2,"
        + "\"fetched.x\":3,\"$last\":{\"$exists\":true},\"$trigger.fetch\":4}}");
    // canonical: 2-space indent, the test fields in the writer's order
    assertThat(Files.readString(file)).startsWith("{\n  \"flow\": \"f1\",\n  \"tests\": [\n    {\n"
        + "      \"name\": \"a\",\n      \"trigger\": {\n        \"x\": 1\n      },\n      \"mock\": {\n"
        + "        \"load\": {");
  }

  @Test
  void otherFlowsTestsMalformedFilesAndUntouchedFilesAreNotWritten() throws Exception {
    Path other = write("other.test.json", TEST.replace("\"f1\"", "\"f2\""));
    Path broken = write("broken.test.json", "{\"flow\": \"f1\", \"tests\": [");
    Path unrelated = write("unrelated.test.json", "{\"flow\": \"f1\", \"tests\": [{\"name\": \"n\"}]}");
    assertThat(TestKeyRenames.rename(workspace, "f1", "fetch", "load")).isEmpty();
    assertThat(Files.readString(other)).isEqualTo(TEST.replace("\"f1\"", "\"f2\""));
    assertThat(Files.readString(broken)).isEqualTo("{\"flow\": \"f1\", \"tests\": [");
    assertThat(Files.readString(unrelated)).isEqualTo("{\"flow\": \"f1\", \"tests\": [{\"name\": \"n\"}]}");
  }

  @Test
  void swappedKeysAreRenamedTogether() throws Exception {
    Path file = write("f.test.json", TEST);
    TestKeyRenames.renameAll(workspace, "f1", Map.of("fetch", "other", "other", "fetch"));
    FlowTestCase a = FlowTestReader.read(file).cases().get(0);
    assertThat(a.mocks().get("other")).isEqualTo(JsonText.parseValue("{\"resolve\": 1}"));
    assertThat(a.mocks().get("fetch")).isEqualTo(JsonText.parseValue("{\"resolve\": 2}"));
    assertThat(JsonText.compact(a.expect().get("steps").orElseThrow()))
        .isEqualTo("[\"other\",\"fetched\",\"fetch\"]");
  }

  @Test
  void renamingBackRestoresTheTest() throws Exception {
    Path file = write("f.test.json", TEST);
    TestKeyRenames.rename(workspace, "f1", "fetch", "load");
    TestKeyRenames.rename(workspace, "f1", "load", "fetch");
    assertThat(FlowTestReader.read(file).cases()).isEqualTo(
        FlowTestReader.parse(TEST, file).cases());
  }
}
