package dev.flowsmith.app.viewmodel;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;

/**
 * What the Run menu asks of the run panel: start a run of the open flow (asking for its trigger
 * input), and drive a paused one. The registry only sees this interface.
 */
public interface RunCommands {

  /** Asks for the trigger input and runs the open flow, off the JavaFX thread. */
  void run();

  /** Asks for the trigger input and a server, runs the open flow there and here, and compares them. */
  void runOnServer();

  void continueRun();

  /** Lets the paused run do one operation and pause before the next. */
  void stepToNext();

  void stop();

  /** Toggles a breakpoint on the selected operation. */
  void toggleBreakpoint();

  BooleanExpression canRun();

  BooleanExpression running();

  BooleanExpression paused();

  /** True while a run on a server is going. */
  BooleanExpression serverRunning();

  /** Focus mode: while true the run panel has the whole window (View › Focus Inspector). */
  BooleanProperty inspectorFocused();
}
