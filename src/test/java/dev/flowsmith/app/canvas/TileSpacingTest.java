package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gap between tiles and the Studio's +18 / +16 slots, on flows without a window. */
class TileSpacingTest {

  private static final GridPosition PARENT = new GridPosition(19, 1);

  @Test
  void theRhythmIsTheStudiosPanelSizePlusItsGaps() {
    // Directus's flow page: resolve at parent.x + PANEL_WIDTH + 4, reject at parent.y + PANEL_HEIGHT + 2
    assertThat(TileSpacing.COLUMN_STEP).isEqualTo(18);
    assertThat(TileSpacing.ROW_STEP).isEqualTo(16);
    TileIndex alone = TileIndex.build(TestFlows.of(TestFlows.operation(0, PARENT)));
    assertThat(TileSpacing.childSlot(alone, PARENT, Link.Kind.RESOLVE, null)).isEqualTo(new GridPosition(37, 1));
    assertThat(TileSpacing.childSlot(alone, PARENT, Link.Kind.REJECT, null)).isEqualTo(new GridPosition(37, 17));
    assertThat(TileSpacing.childSlot(TileIndex.build(TestFlows.of()), GridPosition.TRIGGER, Link.Kind.ENTRY, null))
        .isEqualTo(new GridPosition(19, 1));
    // a drop is rounded to the nearest rhythm column, never left of the next one
    assertThat(TileSpacing.childSlot(alone, PARENT, Link.Kind.RESOLVE, 64)).isEqualTo(new GridPosition(73, 1));
    assertThat(TileSpacing.childSlot(alone, PARENT, Link.Kind.RESOLVE, 2)).isEqualTo(new GridPosition(37, 1));
  }

  @Test
  void aFullColumnSendsTheChildToTheNearestFreeSlot() {
    Operation[] ops = new Operation[6];
    ops[0] = TestFlows.operation(0, PARENT);
    for (int i = 1; i < ops.length; i++) {
      ops[i] = TestFlows.operation(i, new GridPosition(37, 1 + 16 * (i - 1)));
    }
    TileIndex index = TileIndex.build(TestFlows.of(ops));
    GridPosition slot = TileSpacing.childSlot(index, PARENT, Link.Kind.RESOLVE, null);
    // column 37 is taken down to row 65; the next column on the parent's row is nearer than row 81
    assertThat(slot).isEqualTo(new GridPosition(55, 1));
    assertThat(TileSpacing.keepsGap(index, slot, Set.of())).isTrue();
  }

  @Test
  void aShiftTooCloseToATileOrTheTriggerSnapsToTheNearestThatKeepsTheGap() {
    Operation left = TestFlows.operation(0, PARENT);
    Operation moving = TestFlows.operation(1, new GridPosition(37, 1));
    TileIndex index = TileIndex.build(TestFlows.of(left, moving));
    Map<String, GridPosition> from = Map.of(moving.id(), moving.position());
    assertThat(TileSpacing.nearestShift(index, from, 0, 0)).containsExactly(0, 0);
    // 3 cells left leaves one free cell: one more step back keeps two
    assertThat(TileSpacing.nearestShift(index, from, -3, 0)).containsExactly(-2, 0);
    assertThat(TileSpacing.keepsGap(index, new GridPosition(35, 1), Set.of(moving.id()))).isTrue();
    assertThat(TileSpacing.keepsGap(index, new GridPosition(34, 1), Set.of(moving.id()))).isFalse();
    // the trigger counts too: column 17 keeps two cells to it, 16 does not
    assertThat(TileSpacing.keepsGap(index, new GridPosition(17, 20), Set.of())).isTrue();
    assertThat(TileSpacing.keepsGap(index, new GridPosition(16, 1), Set.of())).isFalse();
  }
}
