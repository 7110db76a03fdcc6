package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileIndexTest {

  private final Operation op = TestFlows.operation(0, new GridPosition(19, 1));
  private final TileIndex index = TileIndex.build(TestFlows.of(op));

  @Test
  void aHandleWinsOverTheTileBodyItSitsOn() {
    assertThat(index.hitAt(640, 200)).isEqualTo(new HitTarget.ResolveHandle(op.id()));
    assertThat(index.hitAt(633, 205)).isEqualTo(new HitTarget.ResolveHandle(op.id()));
    assertThat(index.hitAt(645, 240)).isEqualTo(new HitTarget.RejectHandle(op.id()));
    assertThat(index.hitAt(365, 62)).isEqualTo(new HitTarget.InputDot(op.id()));
    assertThat(index.hitAt(500, 100)).isEqualTo(new HitTarget.Tile(op.id()));
  }

  @Test
  void theTriggerHasOnlyAResolveHandle() {
    assertThat(index.hitAt(280, 200)).isEqualTo(new HitTarget.ResolveHandle(null));
    assertThat(index.hitAt(280, 240)).isEqualTo(HitTarget.TRIGGER);
    assertThat(index.hitAt(100, 100)).isEqualTo(HitTarget.TRIGGER);
    assertThat(index.hitAt(5000, 5000)).isEqualTo(HitTarget.EMPTY);
  }

  @Test
  void releasingWithinFortyPixelsOfAnInputSnapsToIt() {
    assertThat(index.nearestInput(360 + 30, 60 + 20, CanvasGeometry.SNAP_RADIUS)).isEqualTo(op);
    assertThat(index.nearestInput(360 + 40, 60 + 20, CanvasGeometry.SNAP_RADIUS)).isNull();
  }

  @Test
  void theTopmostTileIsTheLastInFileOrder() {
    Operation under = TestFlows.operation(1, new GridPosition(19, 1));
    Operation over = TestFlows.operation(2, new GridPosition(21, 3));
    TileIndex overlapping = TileIndex.build(TestFlows.of(under, over));
    assertThat(overlapping.tileAt(450, 100)).isEqualTo(over);
    assertThat(overlapping.tileAt(370, 10)).isEqualTo(under);
  }

  @Test
  void aScreenOfAFiveThousandTileFlowReadsOnlyTheTilesOnIt() {
    Flow flow = TestFlows.chain(5000);
    TileIndex big = TileIndex.build(flow);
    Rect screen = new Rect(2000, 3000, 1280, 800);

    List<Operation> visible = big.tilesIn(screen);

    List<Operation> expected = flow.operations().stream()
        .filter(o -> CanvasGeometry.tileRect(o.position()).intersects(screen)).toList();
    assertThat(visible).containsExactlyElementsOf(expected);
    assertThat(visible).hasSizeBetween(4, 20);
    assertThat(big.arrowsIn(screen)).allMatch(a -> a.bounds().intersects(screen)).hasSizeLessThan(40);
  }

  @Test
  void lonersAndRejectChildrenAreKnown() {
    Flow flow = TestFlows.chain(12);
    TileIndex chain = TileIndex.build(flow);
    Operation loner = TestFlows.operation(99, new GridPosition(19, 100));
    TileIndex withLoner = TileIndex.build(flow.withOperations(
        java.util.stream.Stream.concat(flow.operations().stream(), java.util.stream.Stream.of(loner)).toList()));
    assertThat(chain.isLoner("op-0")).isFalse();
    assertThat(withLoner.isLoner(loner.id())).isTrue();
    assertThat(chain.isRejectChild("op-1")).isTrue();
    assertThat(chain.isRejectChild("op-2")).isFalse();
  }
}
