package dev.flowsmith.app;

import java.nio.file.Path;

/** Where the app keeps its small settings files (the recent list). */
public final class AppConfig {

  /** Overrides the folder, so tests and screenshots never touch the user's real settings. */
  public static final String DIR_PROPERTY = "flowsmith.config.dir";

  private AppConfig() {}

  /** {@code -Dflowsmith.config.dir}, else {@code $XDG_CONFIG_HOME/flowsmith}, else {@code ~/.config/flowsmith}. */
  public static Path configDir() {
    String override = System.getProperty(DIR_PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("flowsmith");
  }
}
