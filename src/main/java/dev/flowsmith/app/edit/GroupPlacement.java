package dev.flowsmith.app.edit;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds room for a group of tiles that must keep its shape (a paste, a duplicate). */
final class GroupPlacement {

  private GroupPlacement() {}

  /**
   * The smallest {@code k ≥ 0} such that the tiles {@code placed}, all moved down by
   * {@code k · step} rows, cover no tile of {@code flow} and not the trigger. Each pair of tiles
   * forbids one interval of {@code k}; the answer is the first gap, so a crowded flow costs one
   * pass instead of a trial move per step.
   */
  static int freeShift(Flow flow, List<GridPosition> placed, int step) {
    List<GridPosition> obstacles = new ArrayList<>(flow.operations().size() + 1);
    obstacles.add(GridPosition.TRIGGER);
    flow.operations().stream().map(Operation::position).forEach(obstacles::add);
    List<int[]> forbidden = new ArrayList<>();
    int size = GridPosition.TILE_SIZE;
    for (GridPosition tile : placed) {
      for (GridPosition obstacle : obstacles) {
        if (Math.abs(tile.x() - obstacle.x()) >= size) {
          continue;
        }
        // overlap while obstacle.y - size < tile.y + k·step < obstacle.y + size
        int low = Math.floorDiv(obstacle.y() - size - tile.y(), step) + 1;
        int high = -Math.floorDiv(-(obstacle.y() + size - tile.y()), step) - 1;
        if (high >= 0 && high >= low) {
          forbidden.add(new int[] {Math.max(low, 0), high});
        }
      }
    }
    forbidden.sort(Comparator.comparingInt(interval -> interval[0]));
    int k = 0;
    for (int[] interval : forbidden) {
      if (interval[0] > k) {
        break;
      }
      k = Math.max(k, interval[1] + 1);
    }
    return k;
  }
}
