package dev.flowsmith.app.canvas;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;

/** A flow's {@code color} as Directus stores it ({@code #RRGGBB}) and as JavaFX draws it. */
public final class FlowColours {

  private FlowColours() {}

  /** The stored colour as a JavaFX colour; null when absent, blank or not a colour. */
  public static @Nullable Color parse(@Nullable String web) {
    if (web == null || web.isBlank()) {
      return null;
    }
    try {
      return Color.web(web.strip());
    } catch (IllegalArgumentException notAColour) {
      return null;
    }
  }

  /** {@code #RRGGBB} in capitals, as the Directus colour picker writes it. */
  public static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }
}
