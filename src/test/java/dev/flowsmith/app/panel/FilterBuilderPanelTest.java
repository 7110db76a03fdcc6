package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Condition Rules as the Studio's filter builder, on a real side panel. */
class FilterBuilderPanelTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  private static JsonValue json(String text) throws Exception {
    return JsonText.parseValue(text.replace('\'', '"'));
  }

  private void openCondition() {
    open(PanelFlows.chain("webhook", "transform", "condition"));
    selectOperation("op-2");
  }

  @Test
  void aRuleTypedIntoTheBuilderIsTheFilterJsonAndEachEditIsOneUndoStep() throws Exception {
    openCondition();
    int before = editor.undoStack().done().size();

    robot.clickOn("#option-filter-builder .filter-add-rule");
    typeInto("#option-filter-builder .filter-path", "$trigger.body.status");
    robot.type(KeyCode.ENTER);
    @SuppressWarnings("unchecked")
    ChoiceBox<String> operator = find("#option-filter-builder .filter-operator", ChoiceBox.class);
    assertThat(operator.getConverter().toString("_neq")).isEqualTo("Doesn't equal");
    robot.interact(() -> operator.setValue("_neq"));
    typeInto("#option-filter-builder .filter-value", "paid");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    JsonValue expected = json("{'$trigger': {'body': {'status': {'_neq': 'paid'}}}}");
    JsonValue filter = option("op-2", "filter");
    assertThat(filter).isIn(expected, json("{'_and': [{'$trigger': {'body': {'status': {'_neq': 'paid'}}}}]}"));
    // path, operator, value: three edits, three undo steps (the blank new row is not stored)
    assertThat(editor.undoStack().done().size() - before).isEqualTo(3);

    robot.interact(() -> editor.undoStack().undo());
    assertThat(JsonText.compact(option("op-2", "filter"))).contains("\"_neq\":\"\"");
  }

  @Test
  void thePathFieldCompletesFromTheDataChain() {
    openCondition();
    robot.clickOn("#option-filter-builder .filter-add-rule");
    typeInto("#option-filter-builder .filter-path", "$trig");

    assertThat(robot.lookup(".filter-path-completion .label").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("$trigger");
  }

  @Test
  void rawJsonSwitchesBackIntoTheBuilderAndAnUnshowableFilterStaysRaw() throws Exception {
    openCondition();
    ToggleButton raw = find("#option-filter-filter-raw", ToggleButton.class);
    robot.clickOn(raw);
    CodeArea area = find("#option-filter-json", CodeArea.class);
    String typed = "{\"_or\": [{\"read\": {\"total\": {\"_gte\": 100}}}, {\"$trigger\": {\"body\": {\"vip\": "
        + "{\"_eq\": true}}}}]}";
    robot.interact(() -> area.replaceText(typed));
    robot.clickOn(raw);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(raw.isSelected()).isFalse();
    assertThat(robot.lookup("#option-filter-builder .filter-path").queryAllAs(TextField.class))
        .extracting(TextField::getText).containsExactly("read.total", "$trigger.body.vip");
    assertThat(option("op-2", "filter")).isEqualTo(json(typed));

    robot.clickOn(raw);
    robot.interact(() -> area.replaceText("{\"status\": \"paid\"}"));
    robot.clickOn(raw);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(raw.isSelected()).isTrue();
    Label message = find("#option-filter-filter-message", Label.class);
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getText()).contains("cannot show", "shorthand");
    assertThat(option("op-2", "filter")).isEqualTo(json("{'status': 'paid'}"));
  }

  @Test
  void removingARuleAndAddingAnOrGroup() throws Exception {
    openCondition();
    ToggleButton raw = find("#option-filter-filter-raw", ToggleButton.class);
    robot.clickOn(raw);
    CodeArea area = find("#option-filter-json", CodeArea.class);
    robot.interact(() -> area.replaceText("{\"_and\": [{\"a\": {\"_eq\": 1}}, {\"b\": {\"_eq\": 2}}]}"));
    robot.clickOn(raw);

    List<Button> removes = robot.lookup("#option-filter-builder .filter-remove").queryAllAs(Button.class)
        .stream().toList();
    robot.interact(() -> removes.get(0).fire());
    robot.interact(() -> find("#option-filter-builder .filter-add-group", Button.class).fire());

    assertThat(option("op-2", "filter")).isEqualTo(json("{'_and': [{'b': {'_eq': 2}}, {'_and': []}]}"));
  }
}
