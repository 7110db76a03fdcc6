package dev.flowsmith.workspace.server;

/**
 * How a flow in the workspace stands against the same flow (same id) on a server, judged by
 * content hashes: the workspace's, the server's, and the one recorded at the last pull or push.
 */
public enum FlowState {
  /** Equal content (ids, dates and user fields aside). */
  SAME,
  /** Edited in the workspace since the last pull/push; the server still has what was recorded. */
  CHANGED_HERE,
  /** Changed on the server since the last pull/push; the workspace still has what was recorded. */
  CHANGED_THERE,
  /** Changed on both sides, or different with nothing recorded to tell which side moved. */
  CHANGED_BOTH,
  /** Only in the workspace. */
  ONLY_HERE,
  /** Only on the server. */
  ONLY_THERE;

  /** Words for lists ("changed here"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
