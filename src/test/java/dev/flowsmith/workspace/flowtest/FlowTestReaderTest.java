package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.FlowFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowTestReaderTest {

  @Test
  void readsCasesWithMocksAndClock() throws Exception {
    FlowTestFile file = FlowTestReader.parse("""
        {"flow": "f1", "tests": [
          {"name": "ok", "trigger": {"a": 1}, "mock": {"fetch": {"resolve": {"id": 3}}},
           "now": "2026-01-31T12:00:00Z", "expect": {"chain": {"fetch.id": 3}}}
        ]}""", Path.of("tests/a.test.json"));
    assertThat(file.flowId()).isEqualTo("f1");
    assertThat(file.cases()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("ok");
      assertThat(c.mocks()).containsKey("fetch");
      assertThat(c.now()).isEqualTo("2026-01-31T12:00:00Z");
    });
  }

  @Test
  void badMockNamesFileLineAndPath() {
    assertThatThrownBy(() -> FlowTestReader.parse("""
        {"flow": "f1", "tests": [
          {"name": "x", "mock": {"fetch": {"value": 1}}}
        ]}""", Path.of("tests/a.test.json")))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("tests/a.test.json:2:")
        .hasMessageContaining("$.tests[0].mock.fetch")
        .hasMessageContaining("\"resolve\"");
  }

  @Test
  void suiteKeepsLoadingAfterAMalformedFile(@TempDir Path workspace) throws Exception {
    Files.createDirectories(workspace.resolve("tests"));
    Files.writeString(workspace.resolve("tests/a.test.json"), "{\"flow\": \"f\", \"tests\": [");
    Files.writeString(workspace.resolve("tests/b.test.json"),
        "{\"flow\": \"f\", \"tests\": [{\"name\": \"Only one\"}]}");
    TestSuite suite = TestSuite.load(workspace);
    assertThat(suite.errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("a.test.json:"));
    assertThat(suite.files()).hasSize(1);
    assertThat(suite.filter("only").files()).hasSize(1);
    assertThat(suite.filter("nothing").files()).isEmpty();
  }

  @Test
  void unknownExpectationAndBadItemsAreReadErrorsWithTheirLocation() {
    assertThatThrownBy(() -> FlowTestReader.parse("""
        {"flow": "f1", "tests": [
          {"name": "x", "expect": {"chian": {}}}
        ]}""", Path.of("tests/a.test.json")))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("tests/a.test.json:2:")
        .hasMessageContaining("$.tests[0].expect.chian: unknown field")
        .hasMessageContaining("outbox");
    assertThatThrownBy(() -> FlowTestReader.parse("""
        {"flow": "f1", "tests": [
          {"name": "x", "items": {"articles": [{"id": 1}, 2]}}
        ]}""", Path.of("tests/a.test.json")))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("$.tests[0].items.articles[1]: a row must be an object");
  }
}
