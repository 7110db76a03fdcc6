package dev.flowsmith.cli;

import dev.flowsmith.engine.operation.OperationRegistry;
import dev.flowsmith.engine.operation.StandardOperations;

/** The operations headless runs get. */
final class CliServices {

  private CliServices() {}

  static OperationRegistry operations() {
    return StandardOperations.registry();
  }
}
