package dev.flowsmith.archfixture.engine;

import javafx.scene.paint.Color;

/** JabRef's leak: a core class needing JavaFX for a colour. */
public final class ColourfulEngine {
  public Color failedColour() {
    return Color.RED;
  }
}
