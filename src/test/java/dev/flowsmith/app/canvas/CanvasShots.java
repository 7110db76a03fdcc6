package dev.flowsmith.app.canvas;

import dev.flowsmith.app.AppConfig;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.ScreenshotTool;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The canvas screenshots of the README (scripts/screenshot.sh): a 3,000-operation flow as it
 * opens (fitted, tiles as blocks), and an example flow right after a tile was made from a reject
 * handle (on the +18 / +16 rhythm, scrolled into view, selected). Test scope like ScreenshotTool.
 *
 * <p>Usage: {@code CanvasShots <example flow file> <out folder>}
 */
public final class CanvasShots {

  private static final double WIDTH = 1366;
  private static final double HEIGHT = 768;

  private CanvasShots() {}

  public static void main(String[] args) throws Exception {
    Path example = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    Path config = Files.createTempDirectory("flowsmith-canvas-shots");
    System.setProperty(AppConfig.DIR_PROPERTY, config.toString());
    Path big = config.resolve("three-thousand-operations.json");
    Files.writeString(big, FlowWriter.canonical(TestFlows.chain(3_000).withName("3,000 operations")));

    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await(30, TimeUnit.SECONDS);
    MainWindow window = ScreenshotTool.onFx(() -> {
      MainWindow created = FlowsmithApp.createWindow(new Stage(), config, null);
      created.show();
      Stage stage = (Stage) created.scene().getWindow();
      stage.setWidth(WIDTH);
      stage.setHeight(HEIGHT);
      created.viewModel().openPath(big);
      return created;
    });
    ScreenshotTool.settle();
    shoot(window, out.resolve("canvas-fit-3000.png"));

    ScreenshotTool.onFx(() -> {
      window.viewModel().openPath(example);
      return null;
    });
    ScreenshotTool.settle();
    ScreenshotTool.onFx(() -> {
      FlowCanvas canvas = (FlowCanvas) window.scene().lookup("#flow-canvas");
      FlowEditor editor = window.viewModel().documentProperty().get().editor();
      Flow flow = editor.flow();
      // the first operation with a free reject handle, dropped a little right of its next column
      Operation entry = flow.operations().stream().filter(op -> op.reject() == null).findFirst().orElseThrow();
      TileIndex index = canvas.tileIndex();
      var at = TileSpacing.childSlot(index, entry.position(), Link.Kind.REJECT, entry.position().x() + 20);
      editor.create("log", at, true, entry.id(), Link.Kind.REJECT).ifPresent(canvas::revealOperation);
      return null;
    });
    ScreenshotTool.settle();
    shoot(window, out.resolve("canvas-drag-create.png"));
    Platform.exit();
  }

  private static void shoot(MainWindow window, Path file) throws Exception {
    ScreenshotTool.writePng(ScreenshotTool.onFx(() -> window.scene().snapshot(null)), file);
    System.out.println("wrote " + file);
  }
}
