package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import java.util.List;

/**
 * What must hold for any text at all, checked by {@link FlowReaderFuzzTest} under Jazzer and by
 * {@link FlowReaderCorpusTest} on the saved inputs in every build. A violation is an
 * {@link AssertionError}; any other exception escaping the reader is the bug itself.
 */
final class FlowReaderProperties {

  static final String SOURCE = "fuzz.json";

  private FlowReaderProperties() {}

  /** Reading gives a document, or a {@link FlowFormatException} that names the file and the problem. */
  static void readsOrRejects(String text) {
    try {
      FlowDocument document = FlowReader.read(text, SOURCE);
      assertThat(document.flows()).doesNotContainNull();
    } catch (FlowFormatException rejected) {
      assertThat(rejected.problem()).as("problem of %s", rejected).isNotBlank();
      assertThat(rejected.getMessage()).startsWith(SOURCE + ":");
    }
  }

  /**
   * Whatever a readable document's format, its canonical form reads back to the same flows, and
   * writing those again gives the same bytes. Only the operation order may change on the first
   * write (canonical order is row, column, key); everything else a reader normalises (status of a
   * Studio bundle, legacy trigger ids, stringified options) is normalised in the model already.
   */
  static void canonicalIsAFixedPoint(String text) {
    List<Flow> flows;
    try {
      flows = FlowReader.read(text, SOURCE).flows();
    } catch (FlowFormatException notAFlow) {
      return;
    }
    String canonical = FlowWriter.write(flows, TargetFormat.CANONICAL);
    List<Flow> again;
    try {
      again = FlowReader.read(canonical, "canonical.json").flows();
    } catch (FlowFormatException unreadable) {
      throw new AssertionError("the canonical form of a readable document does not read back: "
          + unreadable.getMessage() + "\n--- canonical form:\n" + canonical, unreadable);
    }
    assertThat(inCanonicalOrder(again)).as("flows read back from\n%s", canonical).isEqualTo(inCanonicalOrder(flows));
    assertThat(FlowWriter.write(again, TargetFormat.CANONICAL)).as("second canonical write").isEqualTo(canonical);
  }

  private static List<Flow> inCanonicalOrder(List<Flow> flows) {
    return flows.stream().map(f -> f.withOperations(FlowWriter.canonicalOrder(f))).toList();
  }
}
