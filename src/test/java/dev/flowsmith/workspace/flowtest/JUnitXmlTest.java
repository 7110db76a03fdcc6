package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitXmlTest {

  private static FlowTestCase testCase(String name) {
    return new FlowTestCase(name, JsonValue.JsonObject.EMPTY, Map.of(), null,
        JsonValue.JsonObject.EMPTY, null, Map.of(), false, false, JsonValue.JsonObject.EMPTY);
  }

  @Test
  void suitePerFileFailureTextAndLoadErrors(@TempDir Path dir) throws Exception {
    Path file = Path.of("tests/orders.test.json");
    FlowTestResult passed = new FlowTestResult(testCase("ok"), file,
        FlowTestResult.Status.PASSED, List.of(), null, Set.of(), Set.of(), Duration.ofMillis(5), null);
    FlowTestResult failed = new FlowTestResult(testCase("bad <total>"), file,
        FlowTestResult.Status.FAILED,
        List.of(new Difference("chain.sum.total", "3", "4", "sum")), null, Set.of(), Set.of(),
        Duration.ofMillis(7), null);
    Path out = dir.resolve("out/junit.xml");
    JUnitXml.write(List.of(passed, failed),
        List.of(new TestLoadError(Path.of("tests/broken.test.json"), "broken.test.json:1:2: oops")),
        out);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    var suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element first = (Element) suites.item(0);
    assertThat(first.getAttribute("name")).isEqualTo("orders.test.json");
    assertThat(first.getAttribute("tests")).isEqualTo("2");
    assertThat(first.getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("chain.sum.total: expected 3, actual 4 (set by step sum)");
    assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("bad <total>");
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(error.getTextContent()).contains("broken.test.json:1:2: oops");
    assertThat(Files.readString(out)).startsWith("<?xml");
  }
}
