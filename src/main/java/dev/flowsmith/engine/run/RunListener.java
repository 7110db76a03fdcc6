package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Operation;

/**
 * Receives a run's events (STYLE.md rule 5): the inspector, run history, breakpoints and run
 * diff are listeners. Called on the run's own thread; {@link #beforeStep} may block to pause
 * the run (a breakpoint). Every method has a no-op default.
 */
public interface RunListener {

  RunListener NONE = new RunListener() {};

  default void runStarted(RunStart start) {}

  /** Before the operation's options are rendered: the place to pause. */
  default void beforeStep(String runId, Operation operation) {}

  default void stepStarted(String runId, Operation operation, JsValue renderedOptions) {}

  default void stepFinished(String runId, StepRecord step) {}

  default void runFinished(RunResult result) {}

  /** Sends every event to each listener in turn. */
  static RunListener all(RunListener... listeners) {
    return new RunListener() {
      @Override
      public void runStarted(RunStart start) {
        for (RunListener l : listeners) {
          l.runStarted(start);
        }
      }

      @Override
      public void beforeStep(String runId, Operation operation) {
        for (RunListener l : listeners) {
          l.beforeStep(runId, operation);
        }
      }

      @Override
      public void stepStarted(String runId, Operation operation, JsValue renderedOptions) {
        for (RunListener l : listeners) {
          l.stepStarted(runId, operation, renderedOptions);
        }
      }

      @Override
      public void stepFinished(String runId, StepRecord step) {
        for (RunListener l : listeners) {
          l.stepFinished(runId, step);
        }
      }

      @Override
      public void runFinished(RunResult result) {
        for (RunListener l : listeners) {
          l.runFinished(result);
        }
      }
    };
  }
}
