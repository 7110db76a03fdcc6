package dev.flowsmith.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
  private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1366, 0, 1920, 1080);

  @Test
  void theFirstWindowCoversEightyPercentOfThePrimaryScreenCentred() {
    Rectangle2D bounds = WindowPlacement.place(null, List.of(LAPTOP), LAPTOP);

    assertThat(bounds.getWidth()).isEqualTo(1093);
    assertThat(bounds.getHeight()).isEqualTo(614);
    assertThat(bounds.getMinX()).isEqualTo((1366 - 1093) / 2.0);
    assertThat(bounds.getMinY()).isEqualTo((768 - 614) / 2.0);
  }

  @Test
  void aWindowSavedOnTheSecondMonitorOpensThere() {
    Rectangle2D saved = new Rectangle2D(1500, 100, 1400, 900);

    assertThat(WindowPlacement.place(saved, List.of(LAPTOP, RIGHT_MONITOR), LAPTOP)).isEqualTo(saved);
  }

  @Test
  void whenThatMonitorIsGoneTheWindowComesBackToThePrimaryScreenAndFits() {
    Rectangle2D saved = new Rectangle2D(1500, 100, 1400, 900);

    Rectangle2D bounds = WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP);

    assertThat(bounds).isEqualTo(new Rectangle2D(
        (1366 - 1093) / 2.0, (768 - 614) / 2.0, 1093, 614));
  }

  @Test
  void aWindowHangingOffItsScreenIsPulledInsideAndShrunkToFit() {
    Rectangle2D saved = new Rectangle2D(900, 300, 1600, 900);

    Rectangle2D bounds = WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP);

    assertThat(bounds).isEqualTo(new Rectangle2D(0, 0, 1366, 768));
  }

  @Test
  void aTinySavedWindowGrowsToTheMinimumSize() {
    Rectangle2D saved = new Rectangle2D(10, 10, 200, 200);

    Rectangle2D bounds = WindowPlacement.place(saved, List.of(RIGHT_MONITOR, LAPTOP), LAPTOP);

    assertThat(bounds.getWidth()).isEqualTo(WindowPlacement.MIN_WIDTH);
    assertThat(bounds.getHeight()).isEqualTo(WindowPlacement.MIN_HEIGHT);
    assertThat(bounds.getMinX()).isEqualTo(10);
  }

  @Test
  void aPopupPastTheWindowsRightAndBottomEdgeIsMovedBackInside() {
    Rectangle2D window = new Rectangle2D(100, 50, 1000, 700);

    assertThat(WindowPlacement.inside(new Rectangle2D(1000, 650, 300, 180), window))
        .isEqualTo(new javafx.geometry.Point2D(800, 570));
    assertThat(WindowPlacement.inside(new Rectangle2D(200, 100, 300, 180), window))
        .isEqualTo(new javafx.geometry.Point2D(200, 100));
  }
}
