package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The test resources register {@code x-shout} through ServiceLoader only; the side panel shows its
 * described form (not the raw JSON of an unknown type) and its text field completes templates.
 */
class CustomOperationFormTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  @Test
  void aCustomHandlerGetsAFormWithDefaultsAndCompletion() {
    open(PanelFlows.chain("event", "log", "x-shout"));
    selectOperation("op-2");

    assertThat(find(".panel-title", Label.class).getText()).isEqualTo("Shout");
    assertThat(present("#option-text")).isTrue();
    assertThat(present("#option-volume")).isTrue();
    assertThat(option("op-2", "volume")).isEqualTo(JsonValue.of("loud"));

    typeInto("#option-text", "{{");
    @SuppressWarnings("unchecked")
    ListView<String> list = robot.lookup("#template-completion").queryAs(ListView.class);
    assertThat(List.copyOf(list.getItems())).contains("$trigger", "step_1").doesNotContain("step_2");
    assertThat(find("#option-text", TextField.class).getText()).isEqualTo("{{");
  }
}
