package dev.flowsmith.app.run;

import dev.flowsmith.app.canvas.TileMark;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The path a run took, as the canvas shows it: executed tiles resolved or rejected, the running
 * (or paused-before) tile running, and once the run is over every tile it did not reach dimmed;
 * the arrows it followed are derived from consecutive steps and the flow's resolve/reject pointers.
 * Pass both to {@code EditorCanvasState.setRunOverlay}.
 */
public record RunOverlay(Map<String, TileMark> marks, Set<Link> links) {

  public static final RunOverlay NONE = new RunOverlay(Map.of(), Set.of());

  public RunOverlay {
    marks = Map.copyOf(marks);
    links = Set.copyOf(links);
  }

  /**
   * @param current the operation running or paused before, or null
   * @param finished true when the run is over: unreached tiles are dimmed
   */
  public static RunOverlay of(Flow flow, List<LiveStep> steps, @Nullable String current, boolean finished) {
    Map<String, TileMark> marks = new HashMap<>();
    Set<Link> links = new HashSet<>();
    String first = !steps.isEmpty() ? steps.get(0).operationId() : current;
    if (first != null && first.equals(flow.operation())) {
      links.add(new Link(null, first, Link.Kind.ENTRY));
    }
    for (int i = 0; i < steps.size(); i++) {
      LiveStep step = steps.get(i);
      marks.put(step.operationId(), step.rejected() ? TileMark.REJECTED : TileMark.RESOLVED);
      String next = i + 1 < steps.size() ? steps.get(i + 1).operationId() : current;
      if (next != null) {
        followed(flow, step, next, links);
      }
    }
    if (current != null) {
      marks.put(current, TileMark.RUNNING);
    }
    if (finished) {
      for (Operation op : flow.operations()) {
        marks.putIfAbsent(op.id(), TileMark.DIMMED);
      }
    }
    return new RunOverlay(marks, links);
  }

  private static void followed(Flow flow, LiveStep step, String next, Set<Link> links) {
    flow.operationById(step.operationId()).ifPresent(op -> {
      if (!step.rejected() && Objects.equals(op.resolve(), next)) {
        links.add(new Link(op.id(), next, Link.Kind.RESOLVE));
      } else if (step.rejected() && Objects.equals(op.reject(), next)) {
        links.add(new Link(op.id(), next, Link.Kind.REJECT));
      }
    });
  }
}
