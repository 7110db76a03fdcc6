package dev.flowsmith.engine.operation;

/**
 * Where the log operation writes (Directus: the server log at info level, engine.md §6.8). The
 * CLI prints to standard error, the app shows a console, tests collect lines.
 */
@FunctionalInterface
public interface LogSink {

  LogSink DISCARD = (flow, key, message) -> {};

  void info(String flowName, String operationKey, String message);
}
