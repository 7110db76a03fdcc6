package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.history.RunDiff;
import dev.flowsmith.workspace.history.RunRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerComparisonTest {

  static RunRecord run(String source, String data, String options, String status) throws Exception {
    return new RunRecord("r-" + source, "flow", source, Instant.EPOCH, 1, status,
        List.of(new RunRecord.Step("op1", "shape", "transform", status, JsonText.parseValue(options), 1)),
        (JsonObject) JsonText.parseValue(data));
  }

  @Test
  void accountabilityEnvMasksAndStacksAreNamedNotCounted() throws Exception {
    RunRecord local = run("cli", """
        {"$trigger": {"a": 1}, "$last": null, "$accountability": null, "$env": {},
         "shape": {"env": "undefined", "err": {"name": "Error", "stack": "DirectusError: nope"}}}""",
        "{\"json\": {\"env\": \"undefined\"}}", "resolve");
    RunRecord server = run("server", """
        {"$trigger": {"a": 1}, "$last": null, "$accountability": {"user": "u"}, "$env": {"X": "--redacted:X--"},
         "shape": {"env": "--redacted:X--", "err": {"name": "Error", "stack": "DirectusError: nope\\n    at /srv/x.js:1"}}}""",
        "{\"json\": {\"env\": \"--redacted:X--\"}}", "resolve");
    ServerComparison comparison = ServerComparison.compare(local, server);
    assertThat(comparison.differs()).isFalse();
    assertThat(comparison.expected()).extracting(e -> e.difference().path()).containsExactly(
        "$accountability", "$env.X", "shape.env", "shape.err.stack", "shape.options.json.env");
  }

  @Test
  void anythingElseIsARealDifference() throws Exception {
    RunRecord local = run("cli", "{\"$trigger\": null, \"shape\": {\"n\": 1, \"stack\": \"A\"}}", "{\"n\": 1}", "resolve");
    RunRecord server = run("server", "{\"$trigger\": null, \"shape\": {\"n\": 2, \"stack\": \"B\"}}", "{\"n\": 2}",
        "reject");
    ServerComparison comparison = ServerComparison.compare(local, server);
    assertThat(comparison.differs()).isTrue();
    assertThat(comparison.chain()).extracting(RunDiff.ValueDiff::path).containsExactly("shape.n", "shape.stack");
    assertThat(comparison.steps()).singleElement().satisfies(step -> assertThat(step.key()).isEqualTo("shape"));
    assertThat(comparison.expected()).isEmpty();
  }
}
