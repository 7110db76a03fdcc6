package dev.flowsmith.app.viewmodel;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where Save writes the open flow. Flowsmith only rewrites files it owns in its own canonical
 * shape; a flow read from a foreign format (a Studio bundle, a REST response…) has no target,
 * so Save asks where to put it instead of silently reshaping the user's file.
 */
public record SaveTarget(Kind kind, @Nullable Path file) {

  public enum Kind {
    /** Not saved anywhere Flowsmith may write: Save goes to the workspace or asks for a file. */
    NONE,
    /** A canonical flow file outside a workspace. */
    FILE,
    /** A flow file inside the open workspace, written through {@code WorkspaceFolder.saveFlow}. */
    WORKSPACE
  }

  public static final SaveTarget NONE = new SaveTarget(Kind.NONE, null);

  public SaveTarget {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.NONE) != (file == null)) {
      throw new IllegalArgumentException("a " + kind + " target " + (file == null ? "needs" : "has no") + " file");
    }
  }

  public static SaveTarget file(Path file) {
    return new SaveTarget(Kind.FILE, file);
  }

  public static SaveTarget workspace(Path file) {
    return new SaveTarget(Kind.WORKSPACE, file);
  }
}
