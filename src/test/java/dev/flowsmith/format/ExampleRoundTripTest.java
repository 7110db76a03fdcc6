package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExampleRoundTripTest {

  static List<Path> examples() {
    return Examples.flowFiles();
  }

  @Test
  void theFourExamplesAreFound() {
    assertThat(examples()).extracting(p -> p.getFileName().toString()).containsExactly(
        "email-on-publish.json", "invoice-totals.json", "scheduled-cleanup.json", "webhook-with-error-branch.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsWritesAndReadsBackToAnEqualModel(Path example) throws Exception {
    FlowDocument read = FlowReader.read(example);
    assertThat(read.format()).isEqualTo(SourceFormat.CANONICAL);
    Flow flow = read.single();

    String written = FlowWriter.canonical(flow);
    Flow readBack = FlowReader.read(written, "written").single();

    assertThat(readBack).isEqualTo(flow);
    assertThat(FlowWriter.canonical(readBack)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theExamplesAreAlreadyInCanonicalLayout(Path example) throws Exception {
    String original = Files.readString(example);
    String canonical = FlowWriter.canonical(FlowReader.read(example).single());
    assertThat(canonical).isEqualTo(original.endsWith("\n") ? original : original + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void operationsAreWrittenByRowThenColumnThenKey(Path example) throws Exception {
    Flow flow = FlowReader.read(example).single();
    List<Operation> backwards = new ArrayList<>(flow.operations());
    Collections.reverse(backwards);
    List<Flow> reversed = List.of(flow.withOperations(backwards));
    assertThat(FlowWriter.write(reversed, TargetFormat.CANONICAL)).isEqualTo(FlowWriter.canonical(flow));
  }
}
