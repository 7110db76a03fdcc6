package dev.flowsmith.app.canvas;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.lint.Severity;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;

/**
 * Draws one tile card in world coordinates (editor.md §4): header with a type glyph and name,
 * the operation's name and key, overview lines, handles, lint badge, selection and run marks.
 * Layout numbers are the spec's geometry; every paint and font comes from {@link CanvasStyle}.
 */
final class TileRenderer {

  private double pulse;

  private static final double PAD = 4;
  private static final double HEADER = 42;
  private static final double TEXT_LEFT = 12;
  private static final double TEXT_WIDTH = CanvasGeometry.TILE - 2 * TEXT_LEFT;
  private static final double FOOTER = 40;
  private static final double INPUT_RADIUS = 6;
  private static final double SELECTION_GAP = 3;

  private final TextFit fit = new TextFit();
  /** Overview lines per operation value; operations are immutable, so identity is a safe key. */
  private final Map<Operation, List<TriggerOverview.Line>> overviews = new IdentityHashMap<>();
  private Function<String, @Nullable String> flowName = id -> null;

  /** The running tile's pulse, 0–1: its border swells and fades with it (FlowCanvas animates it). */
  void setPulse(double phase) {
    pulse = Math.max(0, Math.min(1, phase));
  }

  void setFlowNames(Function<String, @Nullable String> lookup) {
    flowName = lookup;
    overviews.clear();
  }

  void forgetOverviews() {
    overviews.clear();
  }

  void drawOperation(GraphicsContext gc, Operation op, TileIndex index, CanvasState state, CanvasStyle style,
      boolean detailed) {
    double x = CanvasGeometry.left(op.position());
    double y = CanvasGeometry.top(op.position());
    TileMark mark = state.marks().get(op.id());
    boolean subdued = index.isLoner(op.id()) || !Flow.ACTIVE.equals(state.flow().status());
    double alpha = gc.getGlobalAlpha();
    if (mark == TileMark.DIMMED) {
      gc.setGlobalAlpha(style.dimmedOpacity());
    }
    card(gc, x, y, style, markStroke(mark, style, pulse));
    if (detailed) {
      OperationType type = StandardOperations.types().find(op.type()).orElse(null);
      CanvasStyle.Text typeText = subdued ? style.subdued()
          : index.isRejectChild(op.id()) ? style.typeReject() : style.type();
      header(gc, x, y, type == null ? "" : type.displayName(), MaterialIcons.forOperation(op.type()), typeText);
      double textY = text(gc, op.displayName(StandardOperations.types()), style.title(), subdued, x, y + PAD + HEADER, style);
      textY = text(gc, op.key(), style.key(), subdued, x, textY + 2, style);
      List<TriggerOverview.Line> lines = overviews.computeIfAbsent(op, o -> TileOverview.lines(o, flowName));
      overview(gc, lines, x, textY + 6, y + CanvasGeometry.TILE - PAD, subdued, style);
      handles(gc, op.position(), subdued, index.isRejectChild(op.id()), style, true);
    } else {
      text(gc, op.displayName(StandardOperations.types()), style.title(), subdued, x, y + PAD + HEADER, style);
    }
    Severity lint = state.lintByOperation().get(op.id());
    if (lint != null) {
      badge(gc, x, y, lint, style);
    }
    if (state.breakpoints().contains(op.id())) {
      breakpoint(gc, x, y, style);
    }
    Boolean covered = state.coverage().get(op.id());
    if (covered != null) {
      coverage(gc, x, y, covered, style);
    }
    if (state.selectedOperations().contains(op.id())) {
      selection(gc, x, y, style);
    }
    gc.setGlobalAlpha(alpha);
  }

  /**
   * A tile as one coloured block (the lowest level of detail): its mark, selection or lint colour
   * when it has one, else the colour of its type name (reject children in the secondary colour,
   * loners and inactive flows subdued).
   */
  void drawBlock(GraphicsContext gc, Operation op, TileIndex index, CanvasState state, CanvasStyle style) {
    Paint fill;
    TileMark mark = state.marks().get(op.id());
    Severity lint = state.lintByOperation().get(op.id());
    if (state.selectedOperations().contains(op.id())) {
      fill = style.selected().paint();
    } else if (mark != null && mark != TileMark.DIMMED) {
      fill = markStroke(mark, style, 0).paint();
    } else if (lint == Severity.ERROR) {
      fill = style.lintError();
    } else if (index.isLoner(op.id()) || !Flow.ACTIVE.equals(state.flow().status())) {
      fill = style.subdued().fill();
    } else {
      fill = index.isRejectChild(op.id()) ? style.typeReject().fill() : style.type().fill();
    }
    gc.setFill(fill);
    gc.fillRect(CanvasGeometry.left(op.position()), CanvasGeometry.top(op.position()), CanvasGeometry.TILE,
        CanvasGeometry.TILE);
  }

  /** The trigger as one block in the trigger border's colour (subdued when the flow is inactive). */
  void drawTriggerBlock(GraphicsContext gc, CanvasState state, CanvasStyle style) {
    boolean active = Flow.ACTIVE.equals(state.flow().status());
    gc.setFill(state.triggerSelected() ? style.selected().paint()
        : active ? style.trigger().paint() : style.subdued().fill());
    gc.fillRect(0, 0, CanvasGeometry.TILE, CanvasGeometry.TILE);
  }

  void drawTrigger(GraphicsContext gc, CanvasState state, CanvasStyle style, boolean detailed) {
    Flow flow = state.flow();
    boolean active = Flow.ACTIVE.equals(flow.status());
    // the flow's own colour, as Directus shows it on the trigger: the border and the icon of an active flow
    javafx.scene.paint.Color own = active ? FlowColours.parse(flow.color()) : null;
    card(gc, 0, 0, style, own != null ? new CanvasStyle.Stroke(own, style.trigger().width())
        : active ? style.trigger() : style.tile());
    header(gc, 0, 0, "Trigger", flow.icon() == null || flow.icon().isBlank()
        ? MaterialIcons.forTrigger(flow.trigger()) : MaterialIcons.forName(flow.icon()),
        own != null ? new CanvasStyle.Text(style.type().font(), own) : active ? style.type() : style.subdued());
    double textY = text(gc, TriggerOverview.title(flow), style.title(), false, 0, PAD + HEADER, style);
    if (detailed) {
      overview(gc, TriggerOverview.lines(flow), 0, textY + 6, CanvasGeometry.TILE - FOOTER, false, style);
      double rule = CanvasGeometry.TILE - FOOTER;
      gc.setFill(style.tile().paint());
      gc.fillRect(PAD, rule, CanvasGeometry.TILE - 2 * PAD, 2);
      gc.setFill(active ? style.arrowResolve().paint() : style.arrowSubdued().paint());
      gc.fillOval(TEXT_LEFT, rule + FOOTER / 2 - 4, 8, 8);
      CanvasStyle.Text status = active ? style.overviewValue() : style.subdued();
      gc.setFont(status.font());
      gc.setFill(status.fill());
      gc.setTextBaseline(VPos.CENTER);
      gc.fillText(active ? "Active" : "Inactive", TEXT_LEFT + 16, rule + FOOTER / 2 + 1);
      handles(gc, GridPosition.TRIGGER, !active, false, style, false);
    }
    if (state.triggerLint() != null) {
      badge(gc, 0, 0, state.triggerLint(), style);
    }
    if (state.triggerSelected()) {
      selection(gc, 0, 0, style);
    }
  }

  private static CanvasStyle.@Nullable Stroke markStroke(@Nullable TileMark mark, CanvasStyle style, double pulse) {
    if (mark == null) {
      return null;
    }
    return switch (mark) {
      case RESOLVED -> style.markResolved();
      case REJECTED -> style.markRejected();
      // the stylesheet's width at rest, up to twice as wide at the top of the pulse
      case RUNNING -> new CanvasStyle.Stroke(style.markRunning().paint(), style.markRunning().width() * (1 + pulse));
      case DIMMED -> null;
    };
  }

  private static void card(GraphicsContext gc, double x, double y, CanvasStyle style,
      CanvasStyle.@Nullable Stroke border) {
    double arc = style.tileRadius() * 2;
    gc.setFill(style.tileFill());
    gc.fillRoundRect(x, y, CanvasGeometry.TILE, CanvasGeometry.TILE, arc, arc);
    CanvasStyle.Stroke stroke = border == null ? style.tile() : border;
    // a stroke centred half a width inside the edge keeps it within the tile, like a CSS border
    double inset = stroke.width() / 2;
    gc.setStroke(stroke.paint());
    gc.setLineWidth(stroke.width());
    gc.strokeRoundRect(x + inset, y + inset, CanvasGeometry.TILE - stroke.width(),
        CanvasGeometry.TILE - stroke.width(), arc, arc);
  }

  /** The Studio's Material icon for the type (or the flow's own icon on the trigger), then the type's name. */
  private static void header(GraphicsContext gc, double x, double y, String typeName, Ikon icon,
      CanvasStyle.Text text) {
    double centreY = y + PAD + HEADER / 2;
    gc.setTextBaseline(VPos.CENTER);
    gc.setFill(text.fill());
    gc.setFont(MaterialIcons.font(ICON_SIZE));
    gc.setTextAlign(TextAlignment.CENTER);
    gc.fillText(MaterialIcons.text(icon), x + TEXT_LEFT + 9, centreY + 1);
    gc.setTextAlign(TextAlignment.LEFT);
    if (!typeName.isEmpty()) {
      gc.setFont(text.font());
      gc.fillText(typeName, x + TEXT_LEFT + 26, centreY);
    }
  }

  private static final double ICON_SIZE = 20;

  /** Draws one ellipsised line with its top at {@code top}; returns the y below it. */
  private double text(GraphicsContext gc, String value, CanvasStyle.Text text, boolean subdued, double x,
      double top, CanvasStyle style) {
    gc.setFont(text.font());
    gc.setFill(subdued ? style.subdued().fill() : text.fill());
    gc.setTextBaseline(VPos.TOP);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.fillText(fit.fit(value, text.font(), TEXT_WIDTH), x + TEXT_LEFT, top);
    return top + text.font().getSize() * 1.3;
  }

  /** Label over value per line (§4.1), stopping at {@code bottom}: nothing spills out of the tile. */
  private void overview(GraphicsContext gc, List<TriggerOverview.Line> lines, double x, double top, double bottom,
      boolean subdued, CanvasStyle style) {
    double y = top;
    for (TriggerOverview.Line line : lines) {
      double needed = (style.overviewLabel().font().getSize() + style.overviewValue().font().getSize()) * 1.3 + 4;
      if (y + needed > bottom) {
        break;
      }
      y = text(gc, line.label(), style.overviewLabel(), subdued, x, y + 4, style);
      y = text(gc, line.value(), style.overviewValue(), subdued, x, y, style);
    }
  }

  /** Input dot (operations only), resolve handle with a check, reject handle with a cross (§5.1). */
  private static void handles(GraphicsContext gc, GridPosition cell, boolean subdued, boolean rejectInput,
      CanvasStyle style, boolean operation) {
    Paint resolve = subdued ? style.arrowSubdued().paint() : style.arrowResolve().paint();
    Paint reject = subdued ? style.arrowSubdued().paint() : style.arrowReject().paint();
    gc.setLineWidth(style.handle().width());
    if (operation) {
      Point2D input = CanvasGeometry.inputPoint(cell);
      gc.setFill(rejectInput ? reject : resolve);
      gc.fillOval(input.getX() - INPUT_RADIUS, input.getY() - INPUT_RADIUS, 2 * INPUT_RADIUS, 2 * INPUT_RADIUS);
      Point2D out = CanvasGeometry.handle(cell, CanvasGeometry.REJECT);
      handleCircle(gc, out, reject, style);
      double d = 3.5;
      gc.strokeLine(out.getX() - d, out.getY() - d, out.getX() + d, out.getY() + d);
      gc.strokeLine(out.getX() - d, out.getY() + d, out.getX() + d, out.getY() - d);
    }
    Point2D ok = CanvasGeometry.handle(cell, CanvasGeometry.RESOLVE);
    handleCircle(gc, ok, resolve, style);
    gc.strokePolyline(new double[] {ok.getX() - 4, ok.getX() - 1, ok.getX() + 4},
        new double[] {ok.getY(), ok.getY() + 3.5, ok.getY() - 3.5}, 3);
  }

  private static void handleCircle(GraphicsContext gc, Point2D centre, Paint colour, CanvasStyle style) {
    double r = CanvasGeometry.HANDLE_RADIUS;
    gc.setFill(style.handleFill());
    gc.fillOval(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
    gc.setStroke(colour);
    gc.strokeOval(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
  }

  private static void badge(GraphicsContext gc, double x, double y, Severity severity, CanvasStyle style) {
    Paint fill = switch (severity) {
      case ERROR -> style.lintError();
      case WARNING -> style.lintWarning();
      case INFO -> style.lintInfo();
    };
    double cx = x + CanvasGeometry.TILE - 16;
    double cy = y + 16;
    gc.setFill(fill);
    gc.fillOval(cx - 9, cy - 9, 18, 18);
    gc.setFill(style.badge().fill());
    gc.setFont(style.badge().font());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText("!", cx, cy + 1);
    gc.setTextAlign(TextAlignment.LEFT);
  }

  /** A breakpoint: a filled dot on the tile's left edge beside the header, as debuggers mark a line. */
  private static void breakpoint(GraphicsContext gc, double x, double y, CanvasStyle style) {
    gc.setFill(style.lintError());
    gc.fillOval(x - 8, y + 13, 16, 16);
  }

  /**
   * Test coverage: a check badge at the bottom of the left edge of a tile a test went through; a
   * dashed outline and a hollow badge on one no test reached.
   */
  private static void coverage(GraphicsContext gc, double x, double y, boolean covered, CanvasStyle style) {
    double cx = x;
    double cy = y + CanvasGeometry.TILE - 22;
    double r = 9;
    if (covered) {
      gc.setFill(style.coverageCovered());
      gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
      gc.setStroke(style.badge().fill());
      gc.setLineWidth(2);
      gc.strokePolyline(new double[] {cx - 4, cx - 1, cx + 4}, new double[] {cy, cy + 3.5, cy - 3.5}, 3);
      return;
    }
    CanvasStyle.Stroke stroke = style.coverageUncovered();
    gc.setStroke(stroke.paint());
    gc.setLineWidth(stroke.width());
    gc.setLineDashes(6, 4);
    double out = SELECTION_GAP + stroke.width() / 2;
    double arc = (style.tileRadius() + out) * 2;
    gc.strokeRoundRect(x - out, y - out, CanvasGeometry.TILE + 2 * out, CanvasGeometry.TILE + 2 * out, arc, arc);
    gc.setLineDashes();
    gc.setFill(style.tileFill());
    gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
  }

  private static void selection(GraphicsContext gc, double x, double y, CanvasStyle style) {
    CanvasStyle.Stroke stroke = style.selected();
    double out = SELECTION_GAP + stroke.width() / 2;
    double arc = (style.tileRadius() + out) * 2;
    gc.setStroke(stroke.paint());
    gc.setLineWidth(stroke.width());
    gc.strokeRoundRect(x - out, y - out, CanvasGeometry.TILE + 2 * out, CanvasGeometry.TILE + 2 * out, arc, arc);
  }
}
