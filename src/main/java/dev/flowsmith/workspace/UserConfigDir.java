package dev.flowsmith.workspace;

import java.nio.file.Path;

/**
 * The user's Flowsmith config folder: the app's small settings files (recent lists, autosave) and
 * the server token store live here, outside any workspace.
 */
public final class UserConfigDir {

  /** Overrides the folder, so tests and screenshots never touch the user's real settings. */
  public static final String DIR_PROPERTY = "flowsmith.config.dir";

  private UserConfigDir() {}

  /** {@code -Dflowsmith.config.dir}, else {@code $XDG_CONFIG_HOME/flowsmith}, else {@code ~/.config/flowsmith}. */
  public static Path path() {
    String override = System.getProperty(DIR_PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("flowsmith");
  }
}
