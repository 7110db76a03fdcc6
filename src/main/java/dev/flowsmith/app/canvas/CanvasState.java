package dev.flowsmith.app.canvas;

import dev.flowsmith.format.lint.Severity;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Link;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the canvas draws, as one value (STYLE rule 11): the renderer is a function of this
 * and the viewport. The editor produces a new state per change; {@code with…} copies help it.
 *
 * @param lintByOperation the worst lint severity per operation id (see {@link LintMarks})
 * @param triggerLint the worst lint severity of the flow itself and its trigger, or null
 * @param rubberBand a selection rectangle being dragged, in world pixels
 * @param marks a run overlay's mark per operation id
 * @param highlightedLinks arrows drawn thicker (a run's path, or the hovered arrow)
 * @param breakpoints operations a run pauses before, marked with a dot
 * @param coverage after a test run: per operation id, whether a test went through it (empty: not shown)
 */
public record CanvasState(
    Flow flow,
    Set<String> selectedOperations,
    boolean triggerSelected,
    Map<String, Severity> lintByOperation,
    @Nullable Severity triggerLint,
    @Nullable ConnectPreview connectPreview,
    @Nullable Rect rubberBand,
    Map<String, TileMark> marks,
    Set<Link> highlightedLinks,
    Set<String> breakpoints,
    Map<String, Boolean> coverage) {

  public CanvasState {
    Objects.requireNonNull(flow, "flow");
    selectedOperations = Set.copyOf(selectedOperations);
    lintByOperation = Map.copyOf(lintByOperation);
    marks = Map.copyOf(marks);
    highlightedLinks = Set.copyOf(highlightedLinks);
    breakpoints = Set.copyOf(breakpoints);
    coverage = Map.copyOf(coverage);
  }

  /** The flow with nothing selected, no lint, no overlay. */
  public static CanvasState of(Flow flow) {
    return new CanvasState(flow, Set.of(), false, Map.of(), null, null, null, Map.of(), Set.of(), Set.of(), Map.of());
  }

  public CanvasState withFlow(Flow newFlow) {
    return new CanvasState(newFlow, selectedOperations, triggerSelected, lintByOperation, triggerLint,
        connectPreview, rubberBand, marks, highlightedLinks, breakpoints, coverage);
  }

  public CanvasState withSelection(Set<String> operations, boolean trigger) {
    return new CanvasState(flow, operations, trigger, lintByOperation, triggerLint, connectPreview, rubberBand,
        marks, highlightedLinks, breakpoints, coverage);
  }

  public CanvasState withLint(LintMarks lint) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lint.byOperation(), lint.trigger(),
        connectPreview, rubberBand, marks, highlightedLinks, breakpoints, coverage);
  }

  public CanvasState withConnectPreview(@Nullable ConnectPreview preview) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lintByOperation, triggerLint, preview,
        rubberBand, marks, highlightedLinks, breakpoints, coverage);
  }

  public CanvasState withRubberBand(@Nullable Rect band) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lintByOperation, triggerLint,
        connectPreview, band, marks, highlightedLinks, breakpoints, coverage);
  }

  public CanvasState withMarks(Map<String, TileMark> newMarks) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lintByOperation, triggerLint,
        connectPreview, rubberBand, newMarks, highlightedLinks, breakpoints, coverage);
  }

  /** Operations a run pauses before (the run panel's breakpoints), drawn as a dot on the tile. */
  public CanvasState withBreakpoints(Set<String> ids) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lintByOperation, triggerLint,
        connectPreview, rubberBand, marks, highlightedLinks, ids, coverage);
  }

  public CanvasState withHighlightedLinks(Set<Link> links) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lintByOperation, triggerLint,
        connectPreview, rubberBand, marks, links, breakpoints, coverage);
  }

  /** Which tiles a test run went through (the Tests view's coverage); empty hides the marks. */
  public CanvasState withCoverage(Map<String, Boolean> covered) {
    return new CanvasState(flow, selectedOperations, triggerSelected, lintByOperation, triggerLint,
        connectPreview, rubberBand, marks, highlightedLinks, breakpoints, covered);
  }
}
