package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** No two arrows run along one stretch of line: parallel legs get lanes. */
public class ArrowLanesTest {

  @Test
  void aResolveAndARejectArrowIntoOneColumnGetTwoLanes() {
    Operation resolved = TestFlows.operation(1, new GridPosition(37, 17));
    Operation rejected = TestFlows.operation(2, new GridPosition(37, 33));
    Operation parent = TestFlows.operation(0, new GridPosition(19, 1)).withResolve(resolved.id())
        .withReject(rejected.id());
    TileIndex index = TileIndex.build(TestFlows.of(parent, resolved, rejected));

    Arrow resolve = arrow(index, Link.Kind.RESOLVE);
    Arrow reject = arrow(index, Link.Kind.REJECT);
    // both vertical legs would sit on the middle column x 680 (the router's choice for each alone)
    assertThat(CanvasGeometry.route(new Point2D(640, 240), new Point2D(720, 700), CanvasGeometry.Obstacles.NONE)
        .points().get(1).getX()).isEqualTo(680);
    assertThat(resolve.route().points().get(1).getX()).isEqualTo(680);
    assertThat(reject.route().points().get(1).getX()).isEqualTo(680 + ArrowLanes.LANE);
    // the ends stay on the handle and the input
    assertThat(reject.route().start()).isEqualTo(new Point2D(650, 240));
    assertThat(reject.route().end()).isEqualTo(new Point2D(707, 700));
    assertThat(sharedStretches(index.arrows())).isEmpty();
  }

  @Test
  void aThousandOperationFlowHasNoSharedStretch() {
    assertThat(sharedStretches(TileIndex.build(TestFlows.chain(1000)).arrows())).isEmpty();
  }

  @Test
  void lanesAlternateSidesAndNeverReachTheNextGridLine() {
    assertThat(List.of(ArrowLanes.offset(1), ArrowLanes.offset(2), ArrowLanes.offset(3), ArrowLanes.offset(4)))
        .containsExactly(6.0, -6.0, 12.0, -12.0);
    assertThat(Math.abs(ArrowLanes.offset(6))).isLessThan(CanvasGeometry.CELL);
  }

  private static Arrow arrow(TileIndex index, Link.Kind kind) {
    return index.arrows().stream().filter(a -> a.link().kind() == kind).findFirst().orElseThrow();
  }

  /** Pairs of legs of different arrows on one line that share more than a point, as readable strings. */
  public static List<String> sharedStretches(List<Arrow> arrows) {
    List<String> shared = new ArrayList<>();
    for (int a = 0; a < arrows.size(); a++) {
      for (int b = a + 1; b < arrows.size(); b++) {
        if (!arrows.get(a).bounds().grow(1).intersects(arrows.get(b).bounds())) {
          continue;
        }
        List<Point2D> p = arrows.get(a).route().points();
        List<Point2D> q = arrows.get(b).route().points();
        for (int i = 0; i + 1 < p.size(); i++) {
          for (int j = 0; j + 1 < q.size(); j++) {
            if (overlap(p.get(i), p.get(i + 1), q.get(j), q.get(j + 1))) {
              shared.add(arrows.get(a).link() + " / " + arrows.get(b).link() + " at " + p.get(i) + "–" + p.get(i + 1));
            }
          }
        }
      }
    }
    return shared;
  }

  private static boolean overlap(Point2D a1, Point2D a2, Point2D b1, Point2D b2) {
    if (a1.getX() == a2.getX() && b1.getX() == b2.getX() && a1.getX() == b1.getX()) {
      return Math.max(Math.min(a1.getY(), a2.getY()), Math.min(b1.getY(), b2.getY()))
          < Math.min(Math.max(a1.getY(), a2.getY()), Math.max(b1.getY(), b2.getY()));
    }
    if (a1.getY() == a2.getY() && b1.getY() == b2.getY() && a1.getY() == b1.getY()) {
      return Math.max(Math.min(a1.getX(), a2.getX()), Math.min(b1.getX(), b2.getX()))
          < Math.min(Math.max(a1.getX(), a2.getX()), Math.max(b1.getX(), b2.getX()));
    }
    return false;
  }
}
