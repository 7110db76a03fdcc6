package dev.flowsmith.workspace.server;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Keeps a workspace's flows and a Directus server's in step: {@link #status}, {@link #pull},
 * {@link #diff} and {@link #push}. Flows are matched by id. An empty {@code ids} means every flow
 * (the workspace's and the server's). What was last pulled or pushed is recorded per server URL
 * and flow as a content hash in {@code .flowsmith/sync.json} (Directus 11 flows have no
 * {@code date_updated}), which tells "changed here" from "changed there".
 *
 * <p>Cancel through the client: {@code new ServerSync(dir, http.cancellable(cancelled))}.
 */
public final class ServerSync {

  private final Path workspace;
  private final DirectusHttp http;

  public ServerSync(Path workspace, DirectusHttp http) {
    this.workspace = workspace;
    this.http = http;
  }

  public Path workspace() {
    return workspace;
  }

  public DirectusHttp http() {
    return http;
  }

  /** The state of each flow (workspace's and server's, or those of {@code ids}), sorted by name. */
  public List<FlowStatus> status(Collection<String> ids) throws DirectusCallException {
    throw new UnsupportedOperationException("ServerSync.status: in the next commit");
  }

  /**
   * Writes each server flow into {@code flows/<slug>.json} (its existing file if it has one) in the
   * canonical form and records its hash. A flow changed in the workspace since the last pull is
   * kept unless {@code overwrite}.
   */
  public PullReport pull(Collection<String> ids, boolean overwrite, SyncProgress progress)
      throws DirectusCallException {
    throw new UnsupportedOperationException("ServerSync.pull: in the next commit");
  }

  /** {@link #pull(Collection, boolean, SyncProgress)} keeping workspace changes. */
  public PullReport pull(Collection<String> ids, SyncProgress progress) throws DirectusCallException {
    return pull(ids, false, progress);
  }

  /** Field by field, what differs (SAME flows included, with no differences). */
  public List<FlowDiff> diff(Collection<String> ids) throws DirectusCallException {
    throw new UnsupportedOperationException("ServerSync.diff: in the next commit");
  }

  /**
   * Makes the server match the workspace for the workspace's flows (or {@code ids}); flows only on
   * the server are left alone. Refuses (nothing sent, {@link PushReport#conflicts()}) when a server
   * flow changed since the last pull, unless {@code force}. On a failure halfway, the flows touched
   * are restored to their state before the push ({@link PushReport#rollback()}).
   */
  public PushReport push(Collection<String> ids, boolean dryRun, boolean force, SyncProgress progress)
      throws DirectusCallException {
    throw new UnsupportedOperationException("ServerSync.push: in the next commit");
  }
}
