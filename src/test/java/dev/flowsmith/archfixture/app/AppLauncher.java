package dev.flowsmith.archfixture.app;

/** The one app class Main may use. */
public final class AppLauncher {
  private AppLauncher() {}

  public static void launch(String[] args) {
    new FixtureWindow().title();
  }
}
