package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar flowsmith.jar test --junit} on workspaces with passing, failing and malformed test files. */
class JarTestCommandIT {

  @TempDir
  Path temp;

  private static final String FAILING = """
      {"flow": "ef57ded8-a2f9-428d-92bb-8ab26d6e5e7a", "tests": [
        {"name": "expects the wrong crm id",
         "mock": {"push_to_crm": {"resolve": {"data": {"id": 7}}}},
         "expect": {"chain": {"reply_ok.crm_id": 8}}},
        {"name": "skipped for now", "skip": true}]}
      """;

  @Test
  void passingFailingAndMalformedFilesGiveExitCodesAndJUnitXml() throws Exception {
    Path ws = temp.resolve("ws");
    PackagedJarIT.Result created = PackagedJarIT.java("examples", ws.toString());
    assertThat(created.exitCode()).as(created.err()).isZero();

    Path passing = temp.resolve("passing.xml");
    PackagedJarIT.Result green = PackagedJarIT.java("test", "--workspace", ws.toString(), "--junit", passing.toString());
    assertThat(green.exitCode()).as(green.out() + green.err()).isZero();
    assertThat(green.out()).contains("14 tests: 14 passed, 0 failed, 0 errors, 0 skipped");
    assertThat(Files.readString(passing)).contains("<testsuite name=\"invoice-totals.test.json\" tests=\"4\" "
        + "failures=\"0\" errors=\"0\" skipped=\"0\"").doesNotContain("<failure").doesNotContain("<error");

    Files.writeString(ws.resolve("tests/failing.test.json"), FAILING);
    Path failing = temp.resolve("failing.xml");
    PackagedJarIT.Result red = PackagedJarIT.java("test", "--workspace", ws.toString(), "--junit", failing.toString());
    assertThat(red.exitCode()).isEqualTo(1);
    assertThat(red.out()).contains("FAIL  tests/failing.test.json  expects the wrong crm id")
        .contains("      chain.reply_ok.crm_id: expected 8, actual 7 (set by step reply_ok)")
        .contains("SKIP  tests/failing.test.json  skipped for now")
        .contains("16 tests: 14 passed, 1 failed, 0 errors, 1 skipped");
    assertThat(Files.readString(failing))
        .contains("<testsuite name=\"failing.test.json\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\"")
        .contains("<failure message=\"chain.reply_ok.crm_id: expected 8, actual 7 (set by step reply_ok)\">")
        .contains("<skipped/>");

    Files.writeString(ws.resolve("tests/malformed.test.json"), "{\"flow\": \"x\", \"tests\": [\n  {\"name\": 3}\n]}\n");
    Path malformed = temp.resolve("malformed.xml");
    PackagedJarIT.Result bad = PackagedJarIT.java("test", "--workspace", ws.toString(), "--junit", malformed.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).contains("malformed.test.json:2:12: $.tests[0].name: \"name\" must be a string, not number")
        .contains("16 tests: 14 passed, 1 failed, 0 errors, 1 skipped; 1 file did not load");
    String xml = Files.readString(malformed);
    assertThat(xml).contains("<testsuite name=\"malformed.test.json\" tests=\"1\" failures=\"0\" errors=\"1\"")
        .contains("<error message=\"").contains("failures=\"1\"");
  }
}
