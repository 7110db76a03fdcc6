package dev.flowsmith.app;

import dev.flowsmith.app.action.AppActions;
import dev.flowsmith.app.run.TriggerSamples;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.model.Flow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes a PNG of the main window with a flow file or workspace open, for the README. Runs
 * headless under Monocle (see scripts/screenshot.sh); the PNG is encoded with ImageIO so no
 * javafx-swing is needed. Test scope, because Monocle is a test dependency.
 *
 * <p>Usage: {@code ScreenshotTool <flow file or workspace> <out.png> [--dark] [--run] [--tests] [--start]
 * [--tabs]}: {@code --start} opens the workspace and closes its tabs again, so the start page shows
 * it under recent workspaces; {@code --tabs} opens a second flow of the workspace in a second tab
 * and leaves the first with an unsaved edit (its dirty mark). Both at 1366×768.
 */
public final class ScreenshotTool {

  private static final long TIMEOUT_SECONDS = 30;
  private static final double RUN_WIDTH = 1600;
  private static final double RUN_HEIGHT = 1000;
  private static final double TESTS_WIDTH = 1366;
  private static final double TESTS_HEIGHT = 768;

  private ScreenshotTool() {}

  public static void main(String[] args) throws Exception {
    List<String> flags = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    List<String> plain = flags.stream().filter(f -> !f.startsWith("--size=")).toList();
    if (args.length < 2 || !List.of("--dark", "--run", "--tests", "--start", "--tabs", "--focus").containsAll(plain)) {
      System.err.println("usage: ScreenshotTool <flow file or workspace> <out.png> [--dark] [--run] [--tests]"
          + " [--start] [--tabs] [--focus] [--size=WxH]");
      System.exit(2);
    }
    boolean dark = flags.contains("--dark");
    boolean run = flags.contains("--run");
    Path input = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    // a throwaway config folder, so the screenshot never lands in the user's recent list
    Path config = Files.createTempDirectory("flowsmith-screenshot");
    System.setProperty(AppConfig.DIR_PROPERTY, config.toString());

    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);

    MainWindow window = onFx(() -> {
      MainWindow created = FlowsmithApp.createWindow(new Stage(), config, null);
      created.viewModel().darkThemeProperty().set(dark);
      if (!created.viewModel().openPath(input)) {
        throw new IllegalStateException("could not open " + input);
      }
      created.show();
      return created;
    });
    settle();
    // the whole flow in view, and its first operation selected so the side panel shows its form
    onFx(() -> {
      window.actions().get(AppActions.ZOOM_FIT).run();
      var doc = window.viewModel().documentProperty().get();
      if (doc != null && doc.flow().operation() != null) {
        doc.editor().selectOperation(doc.flow().operation());
      }
      return null;
    });
    settle();
    int[] size = flags.stream().filter(f -> f.startsWith("--size=")).findFirst()
        .map(f -> java.util.Arrays.stream(f.substring("--size=".length()).split("x")).mapToInt(Integer::parseInt)
            .toArray()).orElse(new int[] {(int) RUN_WIDTH, (int) RUN_HEIGHT});
    if (run) {
      runAndInspect(window, size[0], size[1]);
    }
    if (flags.contains("--focus")) {
      onFx(() -> {
        window.actions().get(AppActions.FOCUS_INSPECTOR).run();
        return null;
      });
      settle();
    }
    if (flags.contains("--tests")) {
      runTests(window);
    }
    if (flags.contains("--start") || flags.contains("--tabs")) {
      startOrTabs(window, flags.contains("--start"));
    }
    WritableImage image = onFx(() -> window.scene().snapshot(null));
    writePng(image, out);
    System.out.println("wrote " + out + " (" + (int) image.getWidth() + "×" + (int) image.getHeight() + ")");
    Platform.exit();
  }

  /** The start page (every tab closed again) or two tabs, the first with an unsaved edit; 1366×768. */
  private static void startOrTabs(MainWindow window, boolean start) throws Exception {
    onFx(() -> {
      Stage stage = (Stage) window.scene().getWindow();
      stage.setWidth(TESTS_WIDTH);
      stage.setHeight(TESTS_HEIGHT);
      var vm = window.viewModel();
      if (start) {
        while (vm.closeActive()) {
          // clean tabs close without a question
        }
        return null;
      }
      var first = vm.documentProperty().get();
      vm.workspaceEntries().stream().skip(1).findFirst().ifPresent(vm::openEntry);
      if (first != null) {
        first.update("Rename flow", first.flow().withName(first.flow().name() + " (draft)"));
        vm.activate(first);
      }
      window.actions().get(AppActions.ZOOM_FIT).run();
      return null;
    });
    settle();
  }

  /**
   * Runs the open flow with its trigger's sample input, as Run › Run… would, then selects the
   * second step (or the first) so the inspector shows its options, value and chain.
   */
  private static void runAndInspect(MainWindow window, int width, int height) throws Exception {
    // a larger window, as someone inspecting a run would use: room for the step list and three trees
    onFx(() -> {
      Stage stage = (Stage) window.scene().getWindow();
      stage.setWidth(width);
      stage.setHeight(height);
      return null;
    });
    settle();
    CompletableFuture<Void> done = onFx(() -> {
      Flow flow = window.viewModel().currentFlowProperty().get();
      return window.runController().start(flow, TriggerSamples.sample(flow));
    });
    done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    settle();
    onFx(() -> {
      var steps = window.runPanel().steps();
      steps.getSelectionModel().select(Math.min(1, steps.getItems().size() - 1));
      return null;
    });
    settle();
  }

  /**
   * At 1366 × 768 (a common laptop screen): the Tests tab of the open flow after Run All, with the
   * coverage marks on the tiles.
   */
  private static void runTests(MainWindow window) throws Exception {
    onFx(() -> {
      Stage stage = (Stage) window.scene().getWindow();
      stage.setWidth(TESTS_WIDTH);
      stage.setHeight(TESTS_HEIGHT);
      window.bottomTabs().getSelectionModel().select(window.bottomTabs().getTabs().stream()
          .filter(tab -> "tests-tab".equals(tab.getId())).findFirst().orElseThrow());
      window.testsModel().runAll();
      return null;
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS * 2);
    while (onFx(() -> window.testsModel().runningProperty().get()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    onFx(() -> {
      window.actions().get(AppActions.ZOOM_FIT).run();
      return null;
    });
    settle();
  }

  /** Lets CSS, layout and a few pulses run before the picture is taken. */
  public static void settle() throws Exception {
    for (int pulse = 0; pulse < 10; pulse++) {
      Thread.sleep(100);
      onFx(() -> null);
    }
  }

  public static <T> T onFx(Supplier<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.get());
      } catch (RuntimeException failed) {
        result.completeExceptionally(failed);
      }
    });
    return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  public static void writePng(WritableImage image, Path out) throws Exception {
    writePng(toImage(image), out);
  }

  /** A JavaFX snapshot as an AWT image (to compose several windows into one picture). */
  public static BufferedImage toImage(WritableImage image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] argb = new int[width * height];
    image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    buffered.setRGB(0, 0, width, height, argb, 0, width);
    return buffered;
  }

  public static void writePng(BufferedImage buffered, Path out) throws Exception {
    Files.createDirectories(out.getParent());
    if (!ImageIO.write(buffered, "png", out.toFile())) {
      throw new IllegalStateException("no PNG writer");
    }
  }
}
