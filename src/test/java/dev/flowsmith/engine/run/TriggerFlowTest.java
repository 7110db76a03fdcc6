package dev.flowsmith.engine.run;

import static dev.flowsmith.engine.run.FlowText.flow;
import static dev.flowsmith.engine.run.FlowText.js;
import static dev.flowsmith.engine.run.FlowText.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger operation and flows started by it (engine.md §3.4, §6.15, §12.3 C13, §12.4 D08). */
class TriggerFlowTest {

  private final List<String> started = Collections.synchronizedList(new ArrayList<>());

  /** A target "Another Flow" that echoes its payload times ten after a short nap. */
  private Flow target(String id, String returns, String status) {
    return flow("{'id':'" + id + "','name':'Target " + id + "','status':'" + status + "','trigger':'operation',"
        + "'accountability':null,'options':{" + returns + "},'operation':'t','operations':[{'id':'t','key':'t',"
        + "'type':'transform','position_x':19,'position_y':1,'flow':'" + id + "','options':{'json':"
        + "{'got':'{{ $trigger }}'}}}]}");
  }

  private RunResult run(String payload, String mode, String extra, Flow... targets) throws FlowRunException {
    Flow caller = flow("manual", "{'collections':['x']}", "t",
        "{'id':'t','key':'t','type':'trigger','options':{'flow':'" + targets[0].id() + "','payload':" + payload
            + ",'iterationMode':'" + mode + "'" + extra + "}}");
    RunListener listener = new RunListener() {
      @Override
      public void runStarted(RunStart start) {
        if (start.parentRunId() != null) {
          started.add(text(start.initialChain().get("$trigger")));
        }
      }
    };
    return new FlowRunner(TestOperations.registry(), FlowSource.of(List.of(targets)), RunLimits.DEFAULT)
        .run(RunRequest.of(caller, JsValue.NULL, RunServices.builder().build()).withListener(listener));
  }

  @Test
  void anArrayPayloadRunsTheTargetOncePerElementAndKeepsInputOrder() throws Exception {
    Flow target = target("f1", "'return':'$last'", "active");
    for (String mode : List.of("parallel", "serial", "batch")) {
      started.clear();
      RunResult result = run("[1,2,3]", mode, ",'batchSize':2", target);
      assertThat(text(result.chain().get("t"))).as(mode).isEqualTo("[{\"got\":1},{\"got\":2},{\"got\":3}]");
      assertThat(started).as(mode).containsExactlyInAnyOrder("1", "2", "3");
    }
  }

  @Test
  void c13TargetWithoutReturnGivesNullsAndAnUnknownModeRunsOnceWithTheArray() throws Exception {
    Flow target = target("f1", "", "active");
    assertThat(text(run("[1,2,3]", "batch", ",'batchSize':2", target).chain().get("t"))).isEqualTo("[null,null,null]");
    started.clear();
    run("[1,2,3]", "foo", "", target);
    assertThat(started).containsExactly("[1,2,3]");
  }

  @Test
  void d08PayloadForms() throws Exception {
    Flow target = target("f1", "'return':'$last'", "active");
    assertThat(text(run("null", "parallel", "", target).chain().get("t"))).isEqualTo("{\"got\":null}");
    assertThat(text(run("'{ \\'test\\': \\'test\\' }'", "parallel", "", target).chain().get("t")))
        .isEqualTo("{\"got\":{\"test\":\"test\"}}");
    started.clear();
    run("[1,2,3,4,5]", "parallel", "", target);
    assertThat(started).hasSize(5);
  }

  @Test
  void anInactiveOrMissingTargetResolvesWithNull() throws Exception {
    RunResult inactive = run("[1,2]", "serial", "", target("f1", "'return':'$last'", "inactive"));
    assertThat(text(inactive.chain().get("t"))).isEqualTo("[null,null]");
    assertThat(inactive.lastStatus()).isEqualTo(StepStatus.RESOLVE);
    assertThat(started).isEmpty();
  }

  @Test
  void aFlowThatStartsItselfStopsAtTheDepthLimitWithAClearError() throws Exception {
    Flow recursive = flow("{'id':'rec','name':'Recursive','status':'active','trigger':'operation',"
        + "'accountability':'all','options':{'return':'$last'},'operation':'again','operations':[{'id':'again',"
        + "'key':'again','type':'trigger','position_x':19,'position_y':1,'flow':'rec','options':{'flow':'rec',"
        + "'payload':'{{ $trigger }}'}}]}");
    RunResult result = new FlowRunner(TestOperations.registry(), FlowSource.of(List.of(recursive)),
        new RunLimits(4)).run(RunRequest.of(recursive, js("{'n':1}"), RunServices.builder().build()));

    // The deepest trigger operation rejects, and the limit stops the whole tree: every level's
    // trigger step rejects with the same error (a sub-flow's reject alone would not reach its caller, §3.4)
    assertThat(result.lastStatus()).isEqualTo(StepStatus.REJECT);
    assertThat(text(result.log().get("data")))
        .contains("\"again\":{\"name\":\"FlowsmithLimitError\",\"message\":\"Flow depth limit exceeded: flows started"
            + " by Trigger Flow operations are nested deeper than 4 levels");
  }
}
