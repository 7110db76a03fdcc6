package dev.flowsmith.archfixture;

import dev.flowsmith.archfixture.app.AppLauncher;
import dev.flowsmith.archfixture.app.FixtureWindow;

/** Allowed: launching through AppLauncher. {@link Shortcut} breaks the rule from inside Main. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    AppLauncher.launch(args);
  }

  /** A nested class of Main that bypasses the launcher. */
  static final class Shortcut {
    String title() {
      return new FixtureWindow().title();
    }
  }
}
