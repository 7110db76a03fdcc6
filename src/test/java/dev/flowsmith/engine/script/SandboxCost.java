package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsObject;
import java.lang.management.ManagementFactory;

/**
 * Bench (not a test): wall and CPU time (all threads: the run, its context check or preparation)
 * per sandbox run, a fresh context per run against recycled contexts, alternating rounds in one JVM.
 * Usage: SandboxCost [runs per round = 2000] [rounds = 4]
 */
public final class SandboxCost {

  private SandboxCost() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    String code = "module.exports = async function (data) { const n = data.$trigger.body.n; return { doubled: n * 2, label: 'n=' + n }; };";
    String data = ScriptValues.encode(JsObject.builder()
        .put("$trigger", JsObject.builder().put("body", JsObject.builder().put("n", 7).build()).build()).build());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (ScriptSandbox fresh = new ScriptSandbox(MemoryGuard.of(32), false);
        ScriptSandbox recycled = new ScriptSandbox(MemoryGuard.of(32), true)) {
      for (int round = 0; round < rounds; round++) {
        for (ScriptSandbox sandbox : new ScriptSandbox[] {fresh, recycled}) {
          long reusedBefore = sandbox.recycledRuns();
          long cpu = os.getProcessCpuTime();
          long t = System.nanoTime();
          for (int i = 0; i < runs; i++) {
            ScriptOutcome outcome = sandbox.run(code, "[\"o\"]", data, 10_000, null, () -> false, (m, v) -> { });
            if (!outcome.resolved()) {
              throw new IllegalStateException(outcome.value());
            }
          }
          double wall = (System.nanoTime() - t) / 1e6 / runs;
          double used = (os.getProcessCpuTime() - cpu) / 1e6 / runs;
          System.out.printf("round %d %-8s: %.3f ms wall, %.3f ms CPU per run (%d runs, %d on a recycled context)%n",
              round, sandbox == fresh ? "fresh" : "recycled", wall, used, runs, sandbox.recycledRuns() - reusedBefore);
        }
      }
    }
    System.exit(0);
  }
}
