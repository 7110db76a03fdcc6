package dev.flowsmith.engine.script;

/**
 * One warm in-process runner shared by the test classes of a surefire JVM: a cold GraalJS engine
 * costs seconds, a warm one milliseconds. Its threads are daemons and die with the JVM.
 */
public final class TestRunners {

  private static InProcessScriptRunner inProcess;

  private TestRunners() {}

  public static synchronized InProcessScriptRunner inProcess() {
    if (inProcess == null) {
      inProcess = new InProcessScriptRunner();
      new ScriptCalls(inProcess).run("module.exports = () => 'warm'"); // tests time their own runs only
    }
    return inProcess;
  }
}
