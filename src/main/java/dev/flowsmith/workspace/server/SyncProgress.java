package dev.flowsmith.workspace.server;

/** Progress of a pull or push: {@code done} of {@code total} steps, and what is happening now. */
@FunctionalInterface
public interface SyncProgress {

  SyncProgress NONE = (done, total, message) -> { };

  void update(int done, int total, String message);
}
