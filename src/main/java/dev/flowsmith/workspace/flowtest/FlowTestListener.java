package dev.flowsmith.workspace.flowtest;

/** Told about each finished test while a suite runs. */
@FunctionalInterface
public interface FlowTestListener {
  void finished(FlowTestResult result);
}
