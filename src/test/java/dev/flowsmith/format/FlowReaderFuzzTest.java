package dev.flowsmith.format;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes {@link FlowReader#read(String, String)}, the door every imported file comes through.
 *
 * <p>{@code mvn -B -Pfuzz test} replays the seeds: every file in {@code FlowReaderFuzzTestInputs/}
 * (shared: the example flows in each interchange format) and in its {@code <method>/} folder (where
 * Jazzer also saves each crash it finds, so a crash stays a regression test). To fuzz one method:
 * {@code JAZZER_FUZZ=1 mvn -B -Pfuzz test -Dtest='FlowReaderFuzzTest#canonicalFormIsAFixedPoint'}
 * (Jazzer fuzzes one method per run; the new corpus goes to {@code .cifuzz-corpus/}, ignored by git).
 *
 * <p>Input is raw bytes decoded as UTF-8, so the seed files are plain JSON; lone surrogates still
 * reach the reader through {@code \\u} escapes.
 */
@Tag("fuzz")
class FlowReaderFuzzTest {

  /** Member names that steer format detection, and JSON edge cases (libFuzzer dictionary syntax). */
  private static final String DICTIONARY = "/dev/flowsmith/format/flow-json.dict";

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "3m")
  void readGivesADocumentOrAFormatError(byte[] input) {
    FlowReaderProperties.readsOrRejects(new String(input, UTF_8));
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "3m")
  void canonicalFormIsAFixedPoint(byte[] input) {
    FlowReaderProperties.canonicalIsAFixedPoint(new String(input, UTF_8));
  }
}
