package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasGeometryTest {

  @Test
  void cellsAreOneBasedTwentyPixelSquares() {
    assertThat(CanvasGeometry.left(GridPosition.TRIGGER)).isZero();
    assertThat(CanvasGeometry.top(GridPosition.TRIGGER)).isZero();
    // editor.md §3: columns run 1, 19, 37… so the second tile starts at 360 px
    assertThat(CanvasGeometry.left(new GridPosition(19, 17))).isEqualTo(360);
    assertThat(CanvasGeometry.top(new GridPosition(19, 17))).isEqualTo(320);
    assertThat(CanvasGeometry.TILE).isEqualTo(280);
  }

  @Test
  void theCanvasHugsTheFurthestTileOrLeavesRoomInEditMode() {
    Flow empty = Flow.create("f", "Empty");
    assertThat(CanvasGeometry.canvasSize(empty, false)).isEqualTo(new CanvasGeometry.Size(280, 280));

    Flow flow = empty.withOperations(List.of(Operation.create("o", "k", "log", new GridPosition(37, 17), "f")));
    assertThat(CanvasGeometry.canvasSize(flow, false)).isEqualTo(new CanvasGeometry.Size(36 * 20 + 280, 16 * 20 + 280));
    assertThat(CanvasGeometry.canvasSize(flow, true))
        .isEqualTo(new CanvasGeometry.Size(36 * 20 + 280 + 500, 16 * 20 + 280 + 500));
  }
}
