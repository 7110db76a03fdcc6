package dev.flowsmith.app.canvas.bench;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.canvas.CanvasState;
import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.canvas.RenderStats;
import dev.flowsmith.app.canvas.TestFlows;
import dev.flowsmith.app.edit.FlowEdits;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Measures the flow canvas (not asserted; see scripts/bench-canvas.sh): opening a 5,000-operation
 * file, and per-frame cost while panning at 100 % and at zoom-to-fit for 100, 1,000 and 5,000
 * operations. "draw" is the renderer's own time (building the canvas's command buffer); "+raster"
 * adds a snapshot, which makes the software pipeline actually paint the pixels.
 */
public final class CanvasBench {

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;
  private static final int WARM_UP = 60;
  private static final int FRAMES = 240;
  private static final int[] SIZES = {100, 1_000, 3_000, 5_000};

  private FlowCanvas canvas;
  private WritableImage target;

  private CanvasBench() {}

  public static void main(String[] args) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await(30, TimeUnit.SECONDS);
    CanvasBench bench = new CanvasBench();
    onFx(() -> {
      bench.setUp();
      return null;
    });
    if (args.length > 0 && args[0].equals("fit")) {
      bench.fitOnly(3_000);
    } else {
      bench.run();
    }
    Platform.exit();
  }

  private void setUp() {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    canvas = new FlowCanvas();
    Scene scene = new Scene(canvas, WIDTH, HEIGHT);
    scene.getStylesheets().add(
        Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
    Stage stage = new Stage();
    stage.setScene(scene);
    stage.show();
    target = new WritableImage(WIDTH, HEIGHT);
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT, "canvas benchmark: %d×%d, %s pipeline, %s text, %d frames after %d warm-up%n%n",
        WIDTH, HEIGHT, System.getProperty("prism.order", "default"), System.getProperty("prism.text", "default"),
        FRAMES, WARM_UP);
    openFile("cold");
    openFile("warm");
    long[] readback = onFx(() -> {
      long[] times = new long[FRAMES];
      for (int frame = 0; frame < FRAMES; frame++) {
        long start = System.nanoTime();
        canvas.snapshot(null, target);
        times[frame] = System.nanoTime() - start;
      }
      return times;
    });
    System.out.printf(Locale.ROOT, "snapshot of an unchanged canvas (readback only): p50 %.2f ms, p95 %.2f ms%n",
        ms(percentile(readback, 50)), ms(percentile(readback, 95)));
    System.out.printf(Locale.ROOT, "%n%-7s %-6s %6s %6s | %9s %9s | %9s %9s%n", "ops", "zoom", "scale", "tiles",
        "draw p50", "draw p95", "+rast p50", "+rast p95");
    for (int size : SIZES) {
      Flow flow = TestFlows.chain(size);
      onFx(() -> {
        canvas.setState(CanvasState.of(flow));
        canvas.zoomReset();
        return null;
      });
      frames(size, "100 %", false, true);
      frames(size, "fit", true, true);
    }
    System.out.printf(Locale.ROOT, "%n%-7s %12s %12s%n", "ops", "drag p50", "drag p95");
    for (int size : SIZES) {
      dragSteps(size);
    }
  }

  /** Only zoom-to-fit frames of one size: the figure quoted for the level-of-detail tiles. */
  private void fitOnly(int size) throws Exception {
    Flow flow = TestFlows.chain(size);
    onFx(() -> {
      canvas.setState(CanvasState.of(flow));
      return null;
    });
    System.out.printf(Locale.ROOT, "%-7s %-6s %6s %6s | %9s %9s | %9s %9s%n", "ops", "zoom", "scale", "tiles",
        "draw p50", "draw p95", "+rast p50", "+rast p95");
    frames(size, "fit", true, false);
  }

  /**
   * (d) one step of a tile drag: the edit (a new Flow), the index rebuilt for it (every arrow
   * routed again) and the frame drawn — what each mouse-move during a drag costs.
   */
  private void dragSteps(int size) throws Exception {
    Flow start = TestFlows.chain(size);
    // a tile in the middle of the flow, dragged one cell right and back
    String moving = start.operations().get(size / 2).id();
    long[] times = onFx(() -> {
      canvas.setState(CanvasState.of(start));
      canvas.revealOperation(moving);
      long[] steps = new long[FRAMES];
      Flow flow = start;
      for (int step = -WARM_UP; step < FRAMES; step++) {
        long begin = System.nanoTime();
        try {
          flow = FlowEdits.move(flow, java.util.Set.of(moving), step % 2 == 0 ? 1 : -1, 0);
        } catch (dev.flowsmith.app.edit.EditRefusedException refused) {
          throw new IllegalStateException(refused);
        }
        canvas.setState(canvas.getState().withFlow(flow));
        canvas.tileIndex();
        canvas.redrawNow();
        if (step >= 0) {
          steps[step] = System.nanoTime() - begin;
        }
      }
      return steps;
    });
    System.out.printf(Locale.ROOT, "%-7d %9.2f ms %9.2f ms%n", size, ms(percentile(times, 50)),
        ms(percentile(times, 95)));
  }

  /** (a) read + parse + index + first frame, of a canonical file of 5,000 operations. */
  private void openFile(String run) throws Exception {
    Path file = Files.createTempFile("canvas-bench", ".json");
    Files.writeString(file, FlowWriter.canonical(TestFlows.chain(5_000)));
    long[] parts = onFx(() -> {
      canvas.setState(null);
      long start = System.nanoTime();
      Flow flow = FlowReader.read(file).single();
      long parsed = System.nanoTime();
      canvas.setState(CanvasState.of(flow));
      canvas.tileIndex(); // builds the index, routing every arrow
      long drawStart = System.nanoTime();
      canvas.redrawNow();
      long drawn = System.nanoTime();
      canvas.snapshot(null, target);
      long rastered = System.nanoTime();
      // showing the flow builds the index (the open-fitted check needs its extent), so both count as index
      return new long[] {parsed - start, drawStart - parsed, drawn - drawStart, rastered - drawn, rastered - start};
    });
    System.out.printf(Locale.ROOT, "open 5,000-op file (%,d bytes, %s): read+parse %.1f ms, index %.1f ms, "
        + "first draw %.1f ms, raster %.1f ms, total %.1f ms%n", Files.size(file), run, ms(parts[0]), ms(parts[1]),
        ms(parts[2]), ms(parts[3]), ms(parts[4]));
    Flow flow = FlowReader.read(file).single();
    long lintStart = System.nanoTime();
    int problems = new Linter(StandardOperations.types()).lint(flow).size();
    System.out.printf(Locale.ROOT, "  then lint (problems list and tile badges, after edits pause): %.1f ms, %d problems%n",
        ms(System.nanoTime() - lintStart), problems);
    Files.delete(file);
  }

  /**
   * (b)/(c) frames while panning: 7 px right and 3 px down per frame, bouncing back every 100 frames;
   * without {@code pan} the same view is redrawn (a fit stays a fit).
   */
  private void frames(int size, String label, boolean fit, boolean pan) throws Exception {
    long[][] times = onFx(() -> {
      if (fit) {
        canvas.zoomToFit();
      } else {
        canvas.zoomReset();
      }
      long[] draw = new long[FRAMES];
      long[] total = new long[FRAMES];
      for (int frame = -WARM_UP; frame < FRAMES; frame++) {
        double step = (Math.floorMod(frame, 200) < 100) ? -1 : 1;
        if (pan) {
          canvas.viewport().panBy(7 * step, 3 * step);
        } else {
          canvas.requestRedraw();
        }
        long start = System.nanoTime();
        canvas.redrawNow();
        RenderStats stats = canvas.lastStats();
        canvas.snapshot(null, target);
        long end = System.nanoTime();
        if (frame >= 0) {
          draw[frame] = stats.nanos();
          total[frame] = end - start;
        }
      }
      return new long[][] {draw, total, {canvas.lastStats().tilesDrawn()}};
    });
    System.out.printf(Locale.ROOT, "%-7s %-6s %6.2f %6d | %9.2f %9.2f | %9.2f %9.2f%n", String.format("%,d", size),
        label, onFx(() -> canvas.viewport().scale()), times[2][0], ms(percentile(times[0], 50)),
        ms(percentile(times[0], 95)), ms(percentile(times[1], 50)), ms(percentile(times[1], 95)));
  }

  private static long percentile(long[] values, int percent) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.call());
      } catch (Exception | Error failed) {
        result.completeExceptionally(failed);
      }
    });
    return result.get(10, TimeUnit.MINUTES);
  }
}
