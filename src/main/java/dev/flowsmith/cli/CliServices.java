package dev.flowsmith.cli;

import dev.flowsmith.engine.operation.OperationRegistry;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.engine.script.ProcessScriptRunner;

/** The operations headless runs get; scripts run in worker processes with a memory cap. */
final class CliServices implements AutoCloseable {

  private final ProcessScriptRunner scripts = new ProcessScriptRunner(1);

  OperationRegistry operations() {
    return StandardOperations.registry(scripts);
  }

  @Override
  public void close() {
    scripts.close();
  }
}
