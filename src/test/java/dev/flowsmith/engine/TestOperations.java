package dev.flowsmith.engine;

import dev.flowsmith.engine.operation.OperationRegistry;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.engine.script.InProcessScriptRunner;

/**
 * The core operations for engine tests, with scripts run in-process (same semantics as the worker
 * processes, no memory cap, no JVM start per test class). The packaged-jar tests use the real
 * worker processes.
 */
public final class TestOperations {

  private static final InProcessScriptRunner SCRIPTS = new InProcessScriptRunner();

  private TestOperations() {}

  public static OperationRegistry registry() {
    return StandardOperations.registry(SCRIPTS);
  }
}
