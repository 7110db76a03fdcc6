package dev.flowsmith.archfixture.app;

import dev.flowsmith.archfixture.cli.WindowedCli;
import javafx.scene.paint.Color;

/** The app may use everything, JavaFX and the CLI included. */
public final class FixtureWindow {
  public String title() {
    return Color.BLUE + WindowedCli.class.getSimpleName();
  }
}
