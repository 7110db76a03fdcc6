package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.run.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one test case.
 *
 * @param run the engine's run (null when the test could not start, e.g. an unknown flow)
 * @param visitedOperations operation keys the run went through
 * @param visitedBranches branches taken, as {@code key:resolve} / {@code key:reject}
 * @param message for ERROR the reason, otherwise null
 */
public record FlowTestResult(
    FlowTestCase testCase,
    Path file,
    Status status,
    List<Difference> differences,
    @Nullable RunResult run,
    Set<String> visitedOperations,
    Set<String> visitedBranches,
    Duration duration,
    @Nullable String message) {

  public enum Status { PASSED, FAILED, ERROR, SKIPPED }

  public FlowTestResult {
    differences = List.copyOf(differences);
    visitedOperations = Set.copyOf(visitedOperations);
    visitedBranches = Set.copyOf(visitedBranches);
  }
}
