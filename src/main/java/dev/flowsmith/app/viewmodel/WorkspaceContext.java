package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.WorkspaceFolder;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The rule for which workspace a tab belongs to (issue 18): a flow of the open workspace, or a
 * new or imported flow that Save would put there, belongs to it; a flow file from anywhere else
 * runs in the scratch workspace, so nothing of the open workspace (its schedules, triggers,
 * data) is shown beside it.
 */
final class WorkspaceContext {

  private WorkspaceContext() {}

  /** The workspace the active document runs in; null means the scratch workspace. */
  static @Nullable WorkspaceFolder of(@Nullable WorkspaceFolder open, @Nullable DocumentViewModel active) {
    return open == null || active == null || belongs(open, active) ? open : null;
  }

  static boolean belongs(WorkspaceFolder ws, DocumentViewModel doc) {
    SaveTarget target = doc.saveTarget();
    return switch (target.kind()) {
      case WORKSPACE -> true;
      case NONE -> true;
      case FILE -> inside(ws.root(), target.file());
    };
  }

  private static boolean inside(Path root, @Nullable Path file) {
    return file != null && OpenDocuments.normal(file).startsWith(OpenDocuments.normal(root));
  }
}
