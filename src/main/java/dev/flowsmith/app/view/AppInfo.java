package dev.flowsmith.app.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the About box shows. */
public record AppInfo(String name, String version, String javaVersion, String javafxVersion) {

  public static final String README = "README.md";
  private static final String POM_PROPERTIES = "/META-INF/maven/dev.flowsmith/flowsmith/pom.properties";

  public static AppInfo current() {
    return new AppInfo("Flowsmith", detectVersion(), System.getProperty("java.runtime.version", "unknown"),
        // set by the JavaFX runtime once the toolkit has started
        System.getProperty("javafx.runtime.version", "unknown"));
  }

  /**
   * The manifest's Implementation-Version, else the version Maven records in every jar it
   * builds, else "dev" when running from compiled classes.
   */
  static String detectVersion() {
    String manifest = AppInfo.class.getPackage().getImplementationVersion();
    if (manifest != null) {
      return manifest;
    }
    try (InputStream in = AppInfo.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties pom = new Properties();
        pom.load(in);
        return pom.getProperty("version", "dev");
      }
    } catch (IOException unreadable) {
      // fall through: a version is nice to show, not worth failing the About box for
    }
    return "dev";
  }
}
