package dev.flowsmith.app;

import dev.flowsmith.workspace.UserConfigDir;
import java.nio.file.Path;

/** Where the app keeps its small settings files (the recent list): {@link UserConfigDir}. */
public final class AppConfig {

  /** Overrides the folder, so tests and screenshots never touch the user's real settings. */
  public static final String DIR_PROPERTY = UserConfigDir.DIR_PROPERTY;

  private AppConfig() {}

  /** {@code -Dflowsmith.config.dir}, else {@code $XDG_CONFIG_HOME/flowsmith}, else {@code ~/.config/flowsmith}. */
  public static Path configDir() {
    return UserConfigDir.path();
  }
}
