package dev.flowsmith.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.testplugin.ShoutOperation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A handler listed only in a ServiceLoader file runs, is described, and is linted like a core one. */
class CustomOperationTest {

  @Test
  void aServiceLoaderHandlerIsDescribedAfterTheCoreTypes() {
    List<OperationType> all = List.copyOf(StandardOperations.types().all());

    assertThat(all.subList(0, 15)).isEqualTo(StandardOperations.core());
    assertThat(all).contains(ShoutOperation.DESCRIPTION);
    assertThat(StandardOperations.types().displayName("x-shout")).isEqualTo("Shout");
    assertThat(StandardOperations.types().find("x-shout").orElseThrow().field("volume").orElseThrow().allowsOther())
        .isTrue();
  }

  @Test
  void theRegistryRunsIt() throws Exception {
    Flow flow = FlowText.flow("operation", "{'return':'$last'}", "s",
        "{'id':'s','key':'s','type':'x-shout','options':{'text':'{{ $trigger.word }}'}}");
    RunResult result = new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT)
        .run(RunRequest.of(flow, FlowText.js("{'word':'hey'}"), RunServices.builder().build()));

    assertThat(result.lastStatus()).isEqualTo(StepStatus.RESOLVE);
    assertThat(result.chain().get("s")).isEqualTo((JsValue) new JsString("HEY!"));
  }

  @Test
  void lintChecksItsRequiredOptionAndKnowsTheType() {
    Flow flow = FlowText.flow("operation", "{}", "s", "{'id':'s','key':'s','type':'x-shout','options':{}}");
    List<String> codes = new Linter(StandardOperations.types()).lint(flow).stream().map(LintProblem::code).toList();

    assertThat(codes).contains("missing-required-option").doesNotContain("unknown-operation-type");
    Flow unknown = FlowText.flow("operation", "{}", "s", "{'id':'s','key':'s','type':'x-whisper','options':{}}");
    assertThat(new Linter(StandardOperations.types()).lint(unknown)).extracting(LintProblem::code)
        .contains("unknown-operation-type");
  }
}
