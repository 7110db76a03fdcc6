package dev.flowsmith.app.panel;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A side panel on a real (headless) stage, with the app's theme and stylesheet. */
@ExtendWith(ApplicationExtension.class)
abstract class PanelTestBase {

  static final List<String> COLLECTIONS = List.of("articles", "authors");

  SidePanel panel;
  FlowEditor editor;
  final FxRobot robot = new FxRobot();

  /** Subclasses call this from their own {@code @Start} method (TestFX looks only at declared methods). */
  void setUp(Stage stage) {
    setUp(stage, 520);
  }

  /** The panel at this width (the side panel of a narrow window is about 260 px). */
  void setUp(Stage stage, double width) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    panel = new SidePanel(null, () -> COLLECTIONS, () -> List.of(editor.flow()), () -> 8055);
    Scene scene = new Scene(panel, width, 780);
    scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
        .toExternalForm());
    stage.setScene(scene);
    // the primary stage is shared by the test classes of one JVM: take this scene's size, not the last one's
    stage.sizeToScene();
    stage.show();
  }

  FlowEditor open(Flow flow) {
    editor = new FlowEditor(flow);
    robot.interact(() -> panel.setEditor(editor));
    return editor;
  }

  void selectOperation(String id) {
    robot.interact(() -> editor.selectOperation(id));
  }

  <T extends Node> T find(String query, Class<T> type) {
    return robot.lookup(query).queryAs(type);
  }

  boolean present(String query) {
    return robot.lookup(query).tryQuery().isPresent();
  }

  /** Focuses a control and types into it with real key events. */
  void typeInto(String query, String text) {
    Node node = find(query, Node.class);
    robot.interact(() -> {
      node.requestFocus();
      if (node instanceof TextInputControl control) {
        control.end();
      }
    });
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Picks an entry of a choice box as a selection from its list would. */
  @SuppressWarnings("unchecked")
  void choose(String query, String entry) {
    ((javafx.scene.control.ComboBox<String>) find(query, javafx.scene.control.ComboBox.class)).setValue(entry);
  }

  @Nullable JsonValue option(String operationId, String key) {
    return PanelFlows.op(editor.flow(), operationId).optionsObject().get(key).orElse(null);
  }
}
