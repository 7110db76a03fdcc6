package dev.flowsmith.engine.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Recorded test data under {@code src/test/resources}. */
final class TestResources {

  private TestResources() {}

  static String read(String name) {
    try (InputStream in = Objects.requireNonNull(TestResources.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-blank lines of a JSONL file. */
  static List<String> lines(String name) {
    return Arrays.stream(read(name).split("\n")).filter(line -> !line.isBlank()).toList();
  }
}
