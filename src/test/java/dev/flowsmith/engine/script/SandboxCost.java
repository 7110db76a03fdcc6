package dev.flowsmith.engine.script;

import java.lang.management.ManagementFactory;

/** Bench (not a test): wall and CPU time (all threads: the run and its context preparation) per sandbox run. */
public final class SandboxCost {

  private SandboxCost() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String code = "module.exports = async function (data) { const n = data.$trigger.body.n; return { doubled: n * 2, label: 'n=' + n }; };";
    String data = ScriptValues.encode(dev.flowsmith.engine.value.JsObject.builder()
        .put("$trigger", dev.flowsmith.engine.value.JsObject.builder().put("body",
            dev.flowsmith.engine.value.JsObject.builder().put("n", 7).build()).build()).build());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (ScriptSandbox sandbox = new ScriptSandbox(MemoryGuard.of(32))) {
      for (int round = 0; round < 3; round++) {
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
        System.out.printf("round %d: %.3f ms wall, %.3f ms CPU per run (%d runs)%n", round, wall, used, runs);
      }
    }
    System.exit(0);
  }
}
