package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class SidePanelTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  @Test
  void showsWhatTheSelectionCallsFor() {
    assertThat(find("#side-panel-note", Label.class).getText()).isEqualTo("Open a flow to edit it");
    open(PanelFlows.chain("event", "log", "log"));
    assertThat(find("#side-panel-note", Label.class).getText()).isEqualTo("Select a tile to edit it");
    selectOperation("op-1");
    assertThat(present("#operation-name")).isTrue();
    robot.interact(() -> editor.select(Set.of("op-1", "op-2")));
    assertThat(find("#side-panel-note", Label.class).getText()).isEqualTo("2 operations selected");
    robot.interact(() -> editor.selectTrigger());
    assertThat(present("#trigger-type")).isTrue();
    robot.interact(() -> panel.setEditor(null));
    assertThat(find("#side-panel-note", Label.class).getText()).isEqualTo("Open a flow to edit it");
  }

  @Test
  void switchingTheTriggerTypeClearsItsOptionsInOneStep() {
    Flow flow = PanelFlows.chain("event").withTrigger("event", JsonValue.JsonObject.builder()
        .put("type", "action").build());
    open(flow);
    robot.interact(() -> editor.selectTrigger());
    assertThat(present("#trigger-option-scope")).isTrue();
    assertThat(present("#trigger-option-return")).isFalse();

    @SuppressWarnings("unchecked")
    ComboBox<dev.flowsmith.model.TriggerType> type = find("#trigger-type", ComboBox.class);
    robot.interact(() -> type.setValue(dev.flowsmith.model.TriggerType.WEBHOOK));
    assertThat(editor.flow().trigger()).isEqualTo("webhook");
    assertThat(editor.flow().triggerOptions().size()).isZero();
    assertThat(present("#trigger-option-cacheEnabled")).isTrue();
    assertThat(find("#webhook-url", TextField.class).getText())
        .isEqualTo("http://127.0.0.1:8055/flows/trigger/" + PanelFlows.FLOW_ID);

    robot.interact(() -> choose("#trigger-option-method-choice", "POST"));
    assertThat(editor.flow().triggerOptions().string("method")).hasValue("POST");
    assertThat(present("#trigger-option-cacheEnabled")).isFalse();

    robot.interact(() -> editor.undo());
    robot.interact(() -> editor.undo());
    assertThat(editor.flow().trigger()).isEqualTo("event");
    assertThat(editor.flow().triggerOptions().string("type")).hasValue("action");
    assertThat(type.getValue()).isEqualTo(dev.flowsmith.model.TriggerType.EVENT);
  }

  @Test
  void flowSettingsWriteThroughTheEditor() {
    open(PanelFlows.chain("event"));
    robot.interact(() -> editor.selectTrigger());
    robot.interact(() -> {
      TabPane tabs = find(".side-panel-tabs", TabPane.class);
      tabs.getSelectionModel().select(0);
    });
    typeInto("#flow-name", " v2");
    assertThat(editor.flow().name()).isEqualTo("Test flow v2");
    robot.interact(() -> editor.undo());
    assertThat(editor.flow().name()).isEqualTo("Test flow");

    robot.interact(() -> find("#flow-name", TextField.class).setText(""));
    assertThat(find("#flow-name-problem", Label.class).isVisible()).isTrue();
    assertThat(editor.flow().name()).isEqualTo("Test flow");

    // Status is a segmented button: one click makes the flow inactive; a second click keeps it so
    robot.clickOn("#flow-status-inactive");
    assertThat(editor.flow().status()).isEqualTo(Flow.INACTIVE);
    robot.clickOn("#flow-status-inactive");
    assertThat(find("#flow-status-inactive", ToggleButton.class).isSelected()).isTrue();
    assertThat(editor.flow().status()).isEqualTo(Flow.INACTIVE);

    @SuppressWarnings("unchecked")
    ComboBox<String> tracking = find("#flow-accountability", ComboBox.class);
    robot.interact(() -> tracking.setValue("none"));
    assertThat(editor.flow().accountability()).isNull();
    robot.interact(() -> tracking.setValue("activity"));
    assertThat(editor.flow().accountability()).isEqualTo("activity");

    robot.interact(() -> find("#flow-color", ColorPicker.class).setValue(Color.rgb(0x66, 0x44, 0xff)));
    assertThat(editor.flow().color()).isEqualTo("#6644FF");
    // the icon picker: search Material names, Enter takes the best match; Default clears the icon
    robot.clickOn("#flow-icon").write("mail");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(editor.flow().icon()).isEqualTo("mail");
    assertThat(find("#flow-icon", Button.class).getText()).isEqualTo("mail");
    robot.clickOn("#flow-icon").write("calcul");
    robot.clickOn("#icon-calculate");
    assertThat(editor.flow().icon()).isEqualTo("calculate");
    robot.clickOn("#flow-icon");
    robot.clickOn("#icon-picker-default");
    assertThat(editor.flow().icon()).isNull();
    robot.interact(() -> find("#flow-description", TextField.class).setText("Sends mail"));
    assertThat(editor.flow().description()).isEqualTo("Sends mail");
  }
}
