package dev.flowsmith.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example flows shipped in {@code resources/examples/}: the realistic documents tests run on. */
public final class Examples {

  private Examples() {}

  public static Path folder() {
    return Path.of(System.getProperty("flowsmith.examples", "resources/examples"));
  }

  /** Every example file that holds a flow (not the schema snapshot or seed items). */
  public static List<Path> flowFiles() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("schema-"))
          .filter(p -> !p.getFileName().toString().startsWith("seed-"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
