package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18: list-valued options are choice boxes; a click anywhere opens the list, "Other…" takes a free value. */
class ChoiceEditorTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  @SuppressWarnings("unchecked")
  private ComboBox<String> choice(String query) {
    return find(query, ComboBox.class);
  }

  @Test
  void clickingTheMethodOpensItsListAndShowsTheDefaultAsTheValue() {
    open(PanelFlows.chain("event", "request"));
    selectOperation("op-1");
    ComboBox<String> method = choice("#option-method-choice");
    assertThat(method.isEditable()).isFalse();
    assertThat(method.getValue()).isEqualTo("GET");
    assertThat(method.getItems()).containsExactly("GET", "POST", "PATCH", "DELETE", ChoiceEditor.OTHER);

    // the left part of the control, well away from the arrow
    robot.clickOn(method.localToScreen(method.getBoundsInLocal()).getMinX() + 12,
        method.localToScreen(method.getBoundsInLocal()).getCenterY());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(method.isShowing()).isTrue();
    assertThat(method.getValue()).isEqualTo("GET");

    robot.clickOn("PATCH");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(method.isShowing()).isFalse();
    assertThat(option("op-1", "method")).isEqualTo(JsonValue.of("PATCH"));
    assertThat(present("#option-method-other")).isTrue();
    assertThat(find("#option-method-other", TextField.class).isVisible()).isFalse();
  }

  @Test
  void otherSwitchesToATextFieldForAFreeValue() {
    open(PanelFlows.chain("event", "throw-error"));
    selectOperation("op-1");
    ComboBox<String> status = choice("#option-status-choice");
    robot.clickOn(status);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(ChoiceEditor.OTHER);
    WaitForAsyncUtils.waitForFxEvents();

    TextField other = find("#option-status-other", TextField.class);
    assertThat(other.isVisible()).isTrue();
    assertThat(other.isFocused()).isTrue();
    robot.write("418");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(option("op-1", "status")).isEqualTo(JsonValue.of("418"));

    // a stored value outside the list comes back as Other… with its text
    selectOperation("op-1");
    assertThat(status.getValue()).isEqualTo(ChoiceEditor.OTHER);
    assertThat(other.getText()).isEqualTo("418");
  }

  @Test
  void aListWithoutOtherHasNoFreeEntry() {
    open(PanelFlows.chain("event", "mail"));
    selectOperation("op-1");
    ComboBox<String> type = choice("#option-type-choice");
    assertThat(type.getItems()).containsExactly("markdown", "wysiwyg", "template");
    assertThat(type.getValue()).isEqualTo("markdown");
    assertThat(option("op-1", "type")).isEqualTo(JsonValue.of("markdown"));
  }
}
