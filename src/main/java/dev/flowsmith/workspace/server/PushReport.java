package dev.flowsmith.workspace.server;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a push planned and did.
 *
 * @param planned every request the push needs, in order (all a dry run gives)
 * @param done the requests that succeeded (empty for a dry run or a refusal)
 * @param conflicts flows changed on the server since the last pull: when not empty nothing was
 *     sent (push again with force to overwrite them)
 * @param requests requests made, reads and a rollback included
 * @param failure why the push stopped halfway, null when it did not
 * @param rollback what was done about a failure: the flows restored to their state before the
 *     push, or what could not be restored
 */
public record PushReport(List<PushStep> planned, List<PushStep> done, List<FlowStatus> conflicts, int requests,
    boolean dryRun, @Nullable DirectusCallException failure, List<String> rollback) {

  public PushReport {
    planned = List.copyOf(planned);
    done = List.copyOf(done);
    conflicts = List.copyOf(conflicts);
    rollback = List.copyOf(rollback);
  }

  public boolean refused() {
    return !conflicts.isEmpty();
  }

  public boolean succeeded() {
    return conflicts.isEmpty() && failure == null;
  }

  /** Requests that change the server among {@link #planned()}. */
  public int plannedWrites() {
    return planned.size();
  }
}
