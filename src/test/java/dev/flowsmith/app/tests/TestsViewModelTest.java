package dev.flowsmith.app.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.flowtest.FlowTestFile;
import dev.flowsmith.workspace.flowtest.FlowTestReader;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.FlowTestRunner;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tests view-model and the Save as Test model without a stage (the FX thread is the caller's). */
class TestsViewModelTest {

  private static final Path EXAMPLE = Path.of("resources/examples/webhook-with-error-branch.json");
  private static final String CASE = "{\"name\": \"%s\", \"trigger\": {\"body\": {\"email\": \"a@b.c\"}}, "
      + "\"mock\": {\"push_to_crm\": {\"resolve\": {\"data\": {\"id\": 1}}}}, "
      + "\"expect\": {\"chain\": {\"reply_ok.crm_id\": %s}}}";

  @TempDir Path workspace;

  private Flow flow() throws Exception {
    return FlowReader.read(EXAMPLE).single();
  }

  private void await(TestsViewModel model) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (model.runningProperty().get() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(model.runningProperty().get()).isFalse();
  }

  @Test
  void listsTheFlowsTestsRunsThemOffTheCallerAndComputesCoverage() throws Exception {
    Flow flow = flow();
    Files.createDirectories(workspace.resolve("tests"));
    Files.writeString(workspace.resolve("tests/a.test.json"), "{\"flow\": \"" + flow.id() + "\", \"tests\": ["
        + CASE.formatted("ok", 1) + ", " + CASE.formatted("bad", 2) + "]}");
    Files.writeString(workspace.resolve("tests/other.test.json"), "{\"flow\": \"other\", \"tests\": ["
        + CASE.formatted("not mine", 1) + "]}");
    Files.writeString(workspace.resolve("tests/broken.test.json"), "{\"flow\": 1}");
    // posts are queued and run by this thread, as Platform.runLater would on the FX thread
    java.util.concurrent.LinkedBlockingQueue<Runnable> fx = new java.util.concurrent.LinkedBlockingQueue<>();
    try (TestsViewModel model = new TestsViewModel(() -> workspace, () -> List.of(flow), fx::add)) {
      model.setFlow(flow);
      assertThat(model.rows()).extracting(TestRow::name).containsExactly("ok", "bad");
      assertThat(model.loadErrors()).singleElement().satisfies(e -> assertThat(e.message())
          .contains("broken.test.json:1:"));
      model.runAll();
      assertThat(model.runningProperty().get()).isTrue();
      assertThat(model.rows()).extracting(TestRow::resultText).containsExactly("running…", "running…");
      while (model.runningProperty().get()) {
        Runnable next = fx.poll(60, TimeUnit.SECONDS);
        assertThat(next).isNotNull();
        next.run();
      }
      assertThat(model.rows()).extracting(TestRow::resultText).containsExactly("passed", "failed");
      assertThat(model.rows().get(1).inspectable()).isTrue();
      assertThat(model.summaryProperty().get()).isEqualTo("1 passed, 1 failed of 2");
      assertThat(model.progressProperty().get()).isEqualTo(1.0);
      String retry = flow.operations().stream().filter(op -> op.key().equals("queue_retry")).findFirst()
          .orElseThrow().id();
      String reply = flow.operations().stream().filter(op -> op.key().equals("reply_ok")).findFirst()
          .orElseThrow().id();
      assertThat(model.coverageProperty().get()).containsEntry(reply, true).containsEntry(retry, false);
    }
  }

  @Test
  void withoutAWorkspaceThereAreNoTestsAndAHint() throws Exception {
    try (TestsViewModel model = new TestsViewModel(() -> null, List::of, Runnable::run)) {
      model.setFlow(flow());
      model.runAll();
      await(model);
      assertThat(model.rows()).isEmpty();
      assertThat(model.summaryProperty().get()).contains("Open a workspace");
    }
  }

  @Test
  void saveTestModelProposesTheDefaultPathsAndWritesOnlyTheChosenOnes() throws Exception {
    Flow flow = flow();
    RunRecord run;
    try (FlowTestRunner runner = new FlowTestRunner(List.of(flow))) {
      FlowTestFile file = FlowTestReader.parse("{\"flow\": \"" + flow.id() + "\", \"tests\": ["
          + CASE.formatted("r", 1) + "]}", Path.of("r.test.json"));
      FlowTestResult result = runner.run(file, file.cases().get(0));
      run = RunRecord.from(result.run(), "webhook");
    }
    SaveTestModel model = new SaveTestModel(flow, run, workspace, ZoneOffset.UTC);
    assertThat(model.nameProperty().get()).startsWith("webhook run of ");
    assertThat(model.paths()).extracting(SaveTestModel.PathChoice::path).startsWith("lead_payload",
        "lead_payload.email");
    assertThat(model.chosenPaths()).doesNotContain("lead_payload").contains("reply_ok.crm_id");
    assertThat(model.paths().stream().filter(p -> p.path().equals("reply_ok.crm_id")).findFirst().orElseThrow()
        .preview()).isEqualTo("1");
    model.paths().forEach(choice -> choice.chosen().set(choice.path().equals("reply_ok.crm_id")));
    model.nameProperty().set(" ");
    assertThat(model.canSaveProperty().get()).isFalse();
    model.nameProperty().set("replay");
    assertThat(model.canSaveProperty().get()).isTrue();
    Path file = model.save();
    FlowTestFile saved = FlowTestReader.read(file);
    assertThat(saved.cases().get(0).expect().get("chain").orElseThrow().toString())
        .contains("reply_ok.crm_id").doesNotContain("lead_payload");
  }
}
