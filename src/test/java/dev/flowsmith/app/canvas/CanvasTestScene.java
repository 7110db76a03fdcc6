package dev.flowsmith.app.canvas;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.view.MainWindow;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A stage holding only a FlowCanvas as its root, so node, scene and canvas coordinates agree. */
final class CanvasTestScene {

  static final double WIDTH = 1280;
  static final double HEIGHT = 800;

  private CanvasTestScene() {}

  static FlowCanvas show(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    FlowCanvas canvas = new FlowCanvas();
    Scene scene = new Scene(canvas, WIDTH, HEIGHT);
    scene.getStylesheets().add(
        Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
    stage.setScene(scene);
    stage.show();
    return canvas;
  }
}
