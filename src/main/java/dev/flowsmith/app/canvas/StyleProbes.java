package dev.flowsmith.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * Invisible nodes carrying the canvas's style classes. The CSS engine resolves flowsmith.css and
 * the AtlantaFX theme's looked-up colours on them like on any node; {@link #read()} collects the
 * result into a {@link CanvasStyle}. A theme switch restyles them, which fires {@link #onChange}.
 */
final class StyleProbes extends Pane {

  private final Map<String, Region> regions = new LinkedHashMap<>();
  private final Map<String, Label> texts = new LinkedHashMap<>();
  private final List<Runnable> listeners = new ArrayList<>();

  StyleProbes() {
    getStyleClass().add("canvas-style-probes");
    setManaged(false);
    setVisible(false);
    setMouseTransparent(true);
    InvalidationListener changed = obs -> listeners.forEach(Runnable::run);
    for (String name : List.of("canvas-bg", "canvas-grid", "canvas-tile", "canvas-tile-selected", "canvas-trigger",
        "canvas-arrow-resolve", "canvas-arrow-reject", "canvas-arrow-subdued", "canvas-handle", "canvas-lint-error",
        "canvas-lint-warning", "canvas-lint-info", "canvas-mark-resolved", "canvas-mark-rejected",
        "canvas-mark-running", "canvas-mark-dimmed", "canvas-coverage-covered", "canvas-coverage-uncovered", "canvas-rubber-band", "canvas-minimap-tile",
        "canvas-minimap-view")) {
      Region probe = new Region();
      probe.getStyleClass().add(name);
      probe.backgroundProperty().addListener(changed);
      probe.borderProperty().addListener(changed);
      probe.opacityProperty().addListener(changed);
      regions.put(name, probe);
      getChildren().add(probe);
    }
    for (String name : List.of("canvas-text-title", "canvas-text-type", "canvas-text-type-reject",
        "canvas-text-key", "canvas-text-overview-label", "canvas-text-overview-value", "canvas-text-subdued",
        "canvas-text-badge")) {
      Label probe = new Label("M");
      probe.getStyleClass().add(name);
      probe.fontProperty().addListener(changed);
      probe.textFillProperty().addListener(changed);
      texts.put(name, probe);
      getChildren().add(probe);
    }
  }

  /** Called after CSS changes any probe; several calls per theme switch are expected. */
  void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** Resolves the style now; the probes must be in a scene for the stylesheets to apply. */
  CanvasStyle read() {
    applyCss();
    return new CanvasStyle(fill("canvas-bg"), fill("canvas-grid"), border("canvas-tile"), fill("canvas-tile"),
        radius("canvas-tile"), border("canvas-tile-selected"), border("canvas-trigger"),
        border("canvas-arrow-resolve"), border("canvas-arrow-reject"), border("canvas-arrow-subdued"),
        border("canvas-handle"), fill("canvas-handle"), fill("canvas-lint-error"), fill("canvas-lint-warning"),
        fill("canvas-lint-info"), border("canvas-mark-resolved"), border("canvas-mark-rejected"),
        border("canvas-mark-running"), regions.get("canvas-mark-dimmed").getOpacity(),
        fill("canvas-coverage-covered"), border("canvas-coverage-uncovered"),
        border("canvas-rubber-band"), fill("canvas-rubber-band"), fill("canvas-minimap-tile"),
        border("canvas-minimap-view"), text("canvas-text-title"),
        text("canvas-text-type"), text("canvas-text-type-reject"), text("canvas-text-key"),
        text("canvas-text-overview-label"), text("canvas-text-overview-value"), text("canvas-text-subdued"),
        text("canvas-text-badge"));
  }

  /** The first background fill; transparent (draws nothing) when the stylesheet gives none. */
  private Paint fill(String name) {
    Background background = regions.get(name).getBackground();
    return background == null || background.getFills().isEmpty() ? Color.TRANSPARENT
        : background.getFills().get(0).getFill();
  }

  private double radius(String name) {
    Background background = regions.get(name).getBackground();
    return background == null || background.getFills().isEmpty() ? 0
        : background.getFills().get(0).getRadii().getTopLeftHorizontalRadius();
  }

  private CanvasStyle.Stroke border(String name) {
    Border border = regions.get(name).getBorder();
    if (border == null || border.getStrokes().isEmpty()) {
      return new CanvasStyle.Stroke(Color.TRANSPARENT, 0);
    }
    return new CanvasStyle.Stroke(border.getStrokes().get(0).getTopStroke(),
        border.getStrokes().get(0).getWidths().getTop());
  }

  private CanvasStyle.Text text(String name) {
    Label label = texts.get(name);
    Font font = label.getFont();
    return new CanvasStyle.Text(font, label.getTextFill());
  }
}
