package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** Handle points and arrow routes of editor.md §5.1 and §5.3. */
class ArrowRoutingTest {

  private static final GridPosition PARENT = new GridPosition(19, 1);

  @Test
  void handlesSitOnTheTileEdges() {
    assertThat(CanvasGeometry.inputPoint(PARENT)).isEqualTo(new Point2D(360, 60));
    assertThat(CanvasGeometry.handle(PARENT, CanvasGeometry.RESOLVE)).isEqualTo(new Point2D(640, 200));
    assertThat(CanvasGeometry.handle(PARENT, CanvasGeometry.REJECT)).isEqualTo(new Point2D(640, 240));
    assertThat(CanvasGeometry.sourcePoint(GridPosition.TRIGGER, Link.Kind.ENTRY)).isEqualTo(new Point2D(280, 200));
  }

  @Test
  void aChildAtTheSameHeightGetsAStraightLineWithTheGapsAtBothEnds() {
    ArrowRoute route = routeTo(new GridPosition(37, 8));
    assertThat(route.points()).containsExactly(new Point2D(650, 200), new Point2D(707, 200));
    assertThat(route.legs()).isEqualTo(1);
  }

  @Test
  void aChildFurtherRightGetsThreeLegsOnTheMiddleColumn() {
    ArrowRoute route = routeTo(new GridPosition(37, 1));
    assertThat(route.points()).containsExactly(new Point2D(650, 200), new Point2D(680, 200), new Point2D(680, 60),
        new Point2D(707, 60));
  }

  @Test
  void theVerticalLegMovesOutwardToAColumnNoTileCrosses() {
    Operation parent = TestFlows.operation(0, PARENT);
    Operation blocker = TestFlows.operation(1, new GridPosition(37, 1));
    Operation child = TestFlows.operation(2, new GridPosition(55, 1));
    Flow flow = TestFlows.of(parent.withResolve(child.id()), blocker, child);

    ArrowRoute route = arrowInto(TileIndex.build(flow), child.id());

    // the middle (860) crosses the blocker (x 720–1000); its right edge is the nearest free column
    assertThat(route.legs()).isEqualTo(3);
    assertThat(route.points().get(1)).isEqualTo(new Point2D(1000, 200));
    assertThat(route.points().get(2)).isEqualTo(new Point2D(1000, 60));
  }

  @Test
  void aChildBehindGetsTheFiveLegDetourOnAFreeRow() {
    Operation parent = TestFlows.operation(0, new GridPosition(37, 1));
    Operation child = TestFlows.operation(1, new GridPosition(19, 17));
    Flow flow = TestFlows.of(parent.withResolve(child.id()), child);

    ArrowRoute route = arrowInto(TileIndex.build(flow), child.id());

    assertThat(route.points()).containsExactly(new Point2D(1010, 200), new Point2D(1050, 200),
        new Point2D(1050, 300), new Point2D(307, 300), new Point2D(307, 380), new Point2D(347, 380));
  }

  @Test
  void theDetourRowAvoidsATileInTheWay() {
    ArrowRoute route = CanvasGeometry.route(new Point2D(1000, 200), new Point2D(360, 380),
        leg -> leg.height() == 0 && leg.y() == 300);
    assertThat(route.points().get(2).getY()).isEqualTo(320);
  }

  @Test
  void distanceToARouteMeasuresToTheNearestLeg() {
    ArrowRoute route = routeTo(new GridPosition(37, 1));
    assertThat(route.distanceTo(680, 130)).isZero();
    assertThat(route.distanceTo(690, 130)).isEqualTo(10);
    assertThat(route.bounds()).isEqualTo(new Rect(650, 60, 57, 140));
  }

  private static ArrowRoute routeTo(GridPosition child) {
    return CanvasGeometry.route(CanvasGeometry.handle(PARENT, CanvasGeometry.RESOLVE),
        CanvasGeometry.inputPoint(child), CanvasGeometry.Obstacles.NONE);
  }

  private static ArrowRoute arrowInto(TileIndex index, String childId) {
    List<Arrow> arrows = index.arrows().stream().filter(a -> a.link().to().equals(childId)
        && a.link().kind() != Link.Kind.ENTRY).toList();
    assertThat(arrows).hasSize(1);
    return arrows.get(0).route();
  }
}
