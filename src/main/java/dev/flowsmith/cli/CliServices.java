package dev.flowsmith.cli;

import dev.flowsmith.engine.operation.OperationRegistry;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.operation.StandardOperations;
import java.io.PrintWriter;

/** The operations and services headless runs get. */
final class CliServices {

  private CliServices() {}

  static OperationRegistry operations() {
    return StandardOperations.registry();
  }

  static RunServices.Builder standard(PrintWriter err) {
    return RunServices.builder();
  }
}
