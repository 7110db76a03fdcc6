package dev.flowsmith.workspace.flowtest;

import java.util.List;

/** The test files of a workspace and the files that failed to load (the others still run). */
public record TestSuite(List<FlowTestFile> files, List<TestLoadError> errors) {

  public TestSuite {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
  }

  /**
   * Reads every {@code tests/*.test.json} of a workspace in name order. A file that cannot be read
   * becomes a {@link TestLoadError}; the other files still load.
   */
  public static TestSuite load(java.nio.file.Path workspace) throws java.io.IOException {
    java.nio.file.Path dir = workspace.resolve("tests");
    List<FlowTestFile> files = new java.util.ArrayList<>();
    List<TestLoadError> errors = new java.util.ArrayList<>();
    if (!java.nio.file.Files.isDirectory(dir)) {
      return new TestSuite(files, errors);
    }
    List<java.nio.file.Path> paths;
    try (var stream = java.nio.file.Files.list(dir)) {
      paths = stream.filter(p -> p.getFileName().toString().endsWith(".test.json")).sorted().toList();
    }
    for (java.nio.file.Path path : paths) {
      try {
        files.add(FlowTestReader.read(path));
      } catch (dev.flowsmith.format.FlowFormatException e) {
        errors.add(new TestLoadError(path, e.getMessage()));
      } catch (java.io.IOException e) {
        errors.add(new TestLoadError(path, path + ": cannot read: " + e.getMessage()));
      }
    }
    return new TestSuite(files, errors);
  }

  /** Only the cases whose file name, flow id or test name contains {@code text} (ignoring case). */
  public TestSuite filter(String text) {
    String needle = text.toLowerCase(java.util.Locale.ROOT);
    List<FlowTestFile> kept = new java.util.ArrayList<>();
    for (FlowTestFile file : files) {
      boolean fileMatches = file.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT)
          .contains(needle) || file.flowId().toLowerCase(java.util.Locale.ROOT).contains(needle);
      List<FlowTestCase> cases = file.cases().stream()
          .filter(c -> fileMatches || c.name().toLowerCase(java.util.Locale.ROOT).contains(needle))
          .toList();
      if (!cases.isEmpty()) {
        kept.add(new FlowTestFile(file.path(), file.flowId(), cases));
      }
    }
    return new TestSuite(kept, errors);
  }
}
