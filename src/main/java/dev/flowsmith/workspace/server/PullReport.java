package dev.flowsmith.workspace.server;

import java.nio.file.Path;
import java.util.List;

/**
 * What a pull did.
 *
 * @param flows every flow pulled, with its file
 * @param requests requests made
 */
public record PullReport(List<PulledFlow> flows, int requests) {

  public PullReport {
    flows = List.copyOf(flows);
  }

  /**
   * One flow.
   *
   * @param written false when the file already had the server's content (left byte for byte) or
   *     when it was skipped
   * @param skipped the flow was changed in the workspace since the last pull and was kept (no force)
   */
  public record PulledFlow(String id, String name, Path file, boolean written, boolean skipped) {}
}
