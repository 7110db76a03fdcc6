package dev.flowsmith.app.canvas;

import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * Every colour, font and stroke width the renderer uses, resolved from flowsmith.css by
 * {@link StyleProbes} (STYLE rule 10: no colours or fonts in Java). Immutable, so a frame never
 * sees half a theme switch.
 */
public record CanvasStyle(
    Paint background,
    Paint gridDot,
    Stroke tile,
    Paint tileFill,
    double tileRadius,
    Stroke selected,
    Stroke trigger,
    Stroke arrowResolve,
    Stroke arrowReject,
    Stroke arrowSubdued,
    Stroke handle,
    Paint handleFill,
    Paint lintError,
    Paint lintWarning,
    Paint lintInfo,
    Stroke markResolved,
    Stroke markRejected,
    Stroke markRunning,
    double dimmedOpacity,
    Paint coverageCovered,
    Stroke coverageUncovered,
    Stroke rubberBand,
    Paint rubberBandFill,
    Paint minimapTile,
    Stroke minimapView,
    Text title,
    Text type,
    Text typeReject,
    Text key,
    Text overviewLabel,
    Text overviewValue,
    Text subdued,
    Text badge) {

  /** A border-like stroke: colour and width. */
  public record Stroke(Paint paint, double width) {}

  /** A text style: font and fill. */
  public record Text(Font font, Paint fill) {}
}
