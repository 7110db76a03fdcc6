package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.FlowStatus;
import dev.flowsmith.workspace.server.PushReport;
import java.util.List;

/**
 * What the Server view asks before it changes something, so its view-model stays free of nodes
 * and is tested with a scripted stand-in ({@link FxServerQuestions} shows real dialogs).
 */
public interface ServerQuestions {

  /** Pull would overwrite these flows' workspace edits; true to overwrite, false to keep the edits. */
  boolean overwriteLocalEdits(List<FlowStatus> edited);

  /**
   * The server refused a push (its copies of these flows changed since the last pull); true to
   * push again with force, overwriting what changed there.
   */
  boolean forcePush(List<FlowStatus> conflicts);

  /** The dry run's plan: true to send it. */
  boolean confirmPush(PushReport preview, boolean force);

  /** Tells the user what happened when it was not plain success (a failure and its rollback). */
  void report(String title, String message);
}
