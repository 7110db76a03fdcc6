package dev.flowsmith.workspace.bench;

import dev.flowsmith.workspace.SampleWorkspace;
import dev.flowsmith.workspace.flowtest.FlowTestCase;
import dev.flowsmith.workspace.flowtest.FlowTestFile;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.FlowTestRunner;
import dev.flowsmith.workspace.flowtest.TestSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speed of {@code flowsmith test}: the example workspace's 14 tests (four flows, two with exec
 * scripts, item reads and writes, mail, mocks) repeated to 100 and 1,000 tests, on one runner
 * with one warm script worker. "cold" is a fresh runner: opening the workspace, starting the
 * script worker, first runs; "warm" repeats on the same runner. Not a test; run it by hand:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.flowsmith.workspace.bench.FlowTestBench
 *   (-Dbench.detail=1 prints the time per example test in each round)
 * </pre>
 */
public final class FlowTestBench {

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("flowtest-bench").resolve("ws");
    SampleWorkspace.create(dir);
    TestSuite examples = TestSuite.load(dir);
    TestSuite hundred = repeat(examples, 100);
    TestSuite thousand = repeat(examples, 1000);
    long open = System.nanoTime();
    try (FlowTestRunner runner = FlowTestRunner.open(dir)) {
      double opened = seconds(open);
      double cold = time(runner, thousand, open);
      double warm1000 = time(runner, thousand, System.nanoTime());
      double warm100 = time(runner, hundred, System.nanoTime());
      System.out.printf(Locale.ROOT, "open workspace: %.2f s%n", opened);
      System.out.printf(Locale.ROOT, "1,000 tests cold (fresh runner, worker start included): %.2f s%n", cold);
      System.out.printf(Locale.ROOT, "1,000 tests warm: %.2f s (%.2f ms/test)%n", warm1000, warm1000);
      System.out.printf(Locale.ROOT, "100 tests warm: %.2f s; 1,000/100 ratio %.1f%n", warm100, warm1000 / warm100);
    }
  }

  private static double time(FlowTestRunner runner, TestSuite suite, long start) {
    java.util.Map<String, Long> byFile = new java.util.TreeMap<>();
    List<FlowTestResult> results = runner.runAll(suite, result -> byFile.merge(
        result.file().getFileName() + " " + result.testCase().name().replaceAll(" #.*", ""),
        result.duration().toMillis(), Long::sum));
    if (System.getProperty("bench.detail") != null) {
      byFile.forEach((name, ms) -> System.out.println("  " + ms + " ms  " + name));
    }
    double took = seconds(start);
    long passed = results.stream().filter(r -> r.status() == FlowTestResult.Status.PASSED).count();
    if (passed != results.size()) {
      throw new IllegalStateException((results.size() - passed) + " of " + results.size() + " tests did not pass");
    }
    return took;
  }

  /** {@code count} tests cycling through the suite's cases, each file's cases kept in their file. */
  private static TestSuite repeat(TestSuite suite, int count) {
    List<FlowTestFile> files = new ArrayList<>();
    int made = 0;
    for (int round = 0; made < count; round++) {
      for (FlowTestFile file : suite.files()) {
        List<FlowTestCase> cases = new ArrayList<>();
        for (FlowTestCase c : file.cases()) {
          if (made++ < count) {
            cases.add(new FlowTestCase(c.name() + " #" + round, c.trigger(), c.mocks(), c.now(), c.items(),
                c.accountability(), c.env(), c.network(), c.skip(), c.expect()));
          }
        }
        if (!cases.isEmpty()) {
          files.add(new FlowTestFile(file.path(), file.flowId(), cases));
        }
      }
    }
    return new TestSuite(files, List.of());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
