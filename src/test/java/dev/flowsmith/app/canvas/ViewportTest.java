package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class ViewportTest {

  private final Viewport viewport = new Viewport();

  @Test
  void zoomingKeepsThePointUnderTheCursorStill() {
    Point2D before = viewport.screenToWorld(300, 200);
    viewport.zoomAt(300, 200, 1.5);
    Point2D after = viewport.screenToWorld(300, 200);
    assertThat(viewport.scale()).isEqualTo(1.5);
    assertThat(after.getX()).isCloseTo(before.getX(), within(1e-9));
    assertThat(after.getY()).isCloseTo(before.getY(), within(1e-9));
  }

  @Test
  void theScaleStaysBetweenTheFloorAndTwice() {
    viewport.zoomAt(0, 0, 100);
    assertThat(viewport.scale()).isEqualTo(Viewport.MAX_SCALE);
    viewport.zoomAt(0, 0, 0.0001);
    assertThat(viewport.scale()).isEqualTo(Viewport.MIN_SCALE);
  }

  @Test
  void fitShowsTheWholeRectCentredAndNeverAboveOneHundredPercent() {
    Rect world = new Rect(0, 0, 4000, 1000);
    viewport.zoomToFit(world, 1064, 800);
    assertThat(viewport.scale()).isCloseTo(0.25, within(1e-9));
    Rect visible = viewport.visibleWorld(1064, 800);
    assertThat(visible.contains(0, 0) && visible.contains(4000, 1000)).isTrue();

    viewport.zoomToFit(new Rect(0, 0, 280, 280), 1000, 800);
    assertThat(viewport.scale()).isEqualTo(1);
    assertThat(viewport.worldToScreen(140, 140)).isEqualTo(new Point2D(500, 400));
  }

  @Test
  void worldAndScreenConvertBothWaysAndResetReturnsToOneHundredPercent() {
    viewport.set(0.5, 100, 50);
    assertThat(viewport.worldToScreen(200, 100)).isEqualTo(new Point2D(200, 100));
    assertThat(viewport.screenToWorld(200, 100)).isEqualTo(new Point2D(200, 100));
    assertThat(viewport.visibleWorld(400, 300)).isEqualTo(new Rect(-200, -100, 800, 600));
    long revision = viewport.revisionProperty().get();
    viewport.reset();
    assertThat(viewport.scale()).isEqualTo(1);
    assertThat(viewport.revisionProperty().get()).isGreaterThan(revision);
  }

  @Test
  void revealPansJustEnoughToShowATile() {
    viewport.reveal(new Rect(2000, 0, 280, 280), 1000, 800);
    Rect visible = viewport.visibleWorld(1000, 800);
    assertThat(visible.contains(2000, 0) && visible.contains(2280, 280)).isTrue();
    assertThat(viewport.scale()).isEqualTo(1);
  }
}
