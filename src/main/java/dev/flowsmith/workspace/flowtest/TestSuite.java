package dev.flowsmith.workspace.flowtest;

import java.util.List;

/** The test files of a workspace and the files that failed to load (the others still run). */
public record TestSuite(List<FlowTestFile> files, List<TestLoadError> errors) {

  public TestSuite {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
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
