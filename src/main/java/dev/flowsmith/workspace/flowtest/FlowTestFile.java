package dev.flowsmith.workspace.flowtest;

import java.nio.file.Path;
import java.util.List;

/** A {@code tests/*.test.json} file: the flow it tests and its cases in file order. */
public record FlowTestFile(Path path, String flowId, List<FlowTestCase> cases) {

  public FlowTestFile {
    cases = List.copyOf(cases);
  }
}
