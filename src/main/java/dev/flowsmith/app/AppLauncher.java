package dev.flowsmith.app;

import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;

/**
 * Starts the desktop app. Deliberately not an {@link Application}: a main class that extends
 * it fails with "JavaFX runtime components are missing" when JavaFX is on the class path.
 */
public final class AppLauncher {

  private AppLauncher() {}

  /** @param args empty, or one path: a flow file in any supported format, or a workspace folder */
  public static void launch(String[] args) {
    String missing = missingDisplay(System.getenv(), System.getProperty("os.name", ""),
        System.getProperty("glass.platform"));
    if (missing != null) {
      System.err.println(missing);
      System.exit(1);
    }
    try {
      Application.launch(FlowsmithApp.class, args);
    } catch (UnsupportedOperationException noDisplay) {
      // GTK's "Unable to open DISPLAY": DISPLAY names a display that is not there
      System.err.println(NO_DISPLAY + " (" + noDisplay.getMessage() + ")");
      System.exit(1);
    }
  }

  static final String NO_DISPLAY = "flowsmith: no display to open the desktop app on; it needs a graphical "
      + "session with GTK 3 (set DISPLAY), or use a command such as `flowsmith --help`";

  /** The one line to print when Linux has no display to open a window on, else null. */
  static @Nullable String missingDisplay(Map<String, String> env, String osName, @Nullable String glassPlatform) {
    boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
    boolean display = !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    return linux && !display && glassPlatform == null ? NO_DISPLAY : null;
  }

  public static void main(String[] args) {
    launch(args);
  }
}
