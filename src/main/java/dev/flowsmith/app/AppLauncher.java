package dev.flowsmith.app;

import javafx.application.Application;

/**
 * Starts the desktop app. Deliberately not an {@link Application}: a main class that extends
 * it fails with "JavaFX runtime components are missing" when JavaFX is on the class path.
 */
public final class AppLauncher {

  private AppLauncher() {}

  /** @param args empty, or one path: a flow file in any supported format, or a workspace folder */
  public static void launch(String[] args) {
    Application.launch(FlowsmithApp.class, args);
  }

  public static void main(String[] args) {
    launch(args);
  }
}
