package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.edit.FlowEdits;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class OptionFormTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  @Test
  void everyCoreTypeShowsExactlyItsApplicableFields() {
    List<String> types = StandardOperations.core().stream().map(OperationType::id).toList();
    open(PanelFlows.chain("event", types.toArray(String[]::new)));
    for (int i = 0; i < types.size(); i++) {
      OperationType type = StandardOperations.types().find(types.get(i)).orElseThrow();
      selectOperation("op-" + (i + 1));
      JsonValue.JsonObject defaults = (JsonValue.JsonObject) FlowEdits.defaultOptions(type.id());
      for (OptionField field : type.fields()) {
        assertThat(present("#option-" + field.key()))
            .as("%s.%s", type.id(), field.key()).isEqualTo(field.appliesTo(defaults));
      }
      assertThat(find(".panel-title", Label.class).getText()).isEqualTo(type.displayName());
    }
    // showing forms is not editing: nothing went on the undo stack
    assertThat(editor.undoStack().done()).isEmpty();
  }

  @Test
  void conditionalFieldsFollowTheirControllingOption() {
    open(PanelFlows.chain("event", "mail", "trigger"));
    selectOperation("op-1");
    assertThat(present("#option-body")).isTrue();
    assertThat(present("#option-template")).isFalse();
    assertThat(present("#option-data")).isFalse();

    @SuppressWarnings("unchecked")
    ComboBox<String> type = find("#option-type-choice", ComboBox.class);
    robot.interact(() -> type.setValue("template"));
    assertThat(option("op-1", "type")).isEqualTo(JsonValue.of("template"));
    assertThat(present("#option-template")).isTrue();
    assertThat(present("#option-data")).isTrue();
    assertThat(present("#option-body")).isFalse();

    selectOperation("op-2");
    assertThat(present("#option-batchSize")).isFalse();
    @SuppressWarnings("unchecked")
    ComboBox<String> mode = find("#option-iterationMode-choice", ComboBox.class);
    robot.interact(() -> mode.setValue("batch"));
    assertThat(present("#option-batchSize")).isTrue();
  }

  @Test
  void typingWritesThroughAndOneUndoTakesTheWordBack() {
    open(PanelFlows.chain("event", "log"));
    selectOperation("op-1");
    typeInto("#option-message", "hello");
    assertThat(option("op-1", "message")).isEqualTo(JsonValue.of("hello"));

    robot.interact(() -> editor.undo());
    assertThat(option("op-1", "message")).isNull();
    assertThat(find("#option-message", TextField.class).getText()).isEmpty();
  }

  @Test
  void numbersAreStoredAsNumbersAndTemplatesAsStrings() {
    open(PanelFlows.chain("event", "sleep"));
    selectOperation("op-1");
    typeInto("#option-milliseconds", "250");
    assertThat(option("op-1", "milliseconds")).isEqualTo(new JsonValue.JsonNumber("250"));
    TextField field = find("#option-milliseconds", TextField.class);
    robot.interact(() -> field.setText("{{ $last.wait }}"));
    assertThat(option("op-1", "milliseconds")).isEqualTo(JsonValue.of("{{ $last.wait }}"));
  }

  @Test
  void tagsAreAddedWithEnterAndRemovedWithTheirCross() {
    open(PanelFlows.chain("event", "mail"));
    selectOperation("op-1");
    typeInto("#option-to-input", "alice");
    robot.type(KeyCode.ENTER);
    typeInto("#option-to-input", "bob");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(option("op-1", "to")).isEqualTo(JsonValue.JsonArray.ofStrings(List.of("alice",
        "bob")));

    robot.interact(() -> find("#option-to-remove-alice", Button.class).fire());
    assertThat(option("op-1", "to")).isEqualTo(JsonValue.JsonArray.ofStrings(List.of("bob")));
  }

  @Test
  void headersAreRowsOfHeaderAndValue() {
    open(PanelFlows.chain("event", "request"));
    selectOperation("op-1");
    robot.interact(() -> find("#option-headers-add", Button.class).fire());
    robot.interact(() -> {
      find("#option-headers-header-0", TextField.class).setText("Authorization");
      find("#option-headers-value-0", TextField.class).setText("Bearer {{ $env.TOKEN }}");
    });
    JsonValue expected = new JsonValue.JsonArray(List.of(JsonValue.JsonObject.builder()
        .put("header", "Authorization").put("value", "Bearer {{ $env.TOKEN }}").build()));
    assertThat(option("op-1", "headers")).isEqualTo(expected);

    robot.interact(() -> find("#option-headers-remove-0", Button.class).fire());
    assertThat(option("op-1", "headers")).isNull();
  }

  @Test
  void invalidJsonShowsWhereAndKeepsTheTextAsTyped() {
    open(PanelFlows.chain("event", "transform"));
    selectOperation("op-1");
    CodeArea area = find("#option-json", CodeArea.class);
    robot.interact(() -> area.replaceText("{\"a\": 1}"));
    assertThat(option("op-1", "json")).isEqualTo(JsonValue.JsonObject.builder()
        .put("a", new JsonValue.JsonNumber("1")).build());

    String broken = "{\n  \"a\": {{ $last }\n}";
    robot.interact(() -> area.replaceText(broken));
    Label error = find("#option-json-error", Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).matches("line 2, column \\d+: .*");
    assertThat(option("op-1", "json")).isEqualTo(JsonValue.of(broken));
    // re-selecting shows exactly the stored text again
    robot.interact(() -> editor.clearSelection());
    selectOperation("op-1");
    assertThat(find("#option-json", CodeArea.class).getText()).isEqualTo(broken);
  }

  @Test
  void theRawToggleTakesATemplateForATypedField() {
    open(PanelFlows.chain("event", "item-create"));
    selectOperation("op-1");
    robot.interact(() -> find("#option-emitEvents-raw", javafx.scene.control.ToggleButton.class).fire());
    TextField raw = find("#option-emitEvents-raw-value", TextField.class);
    assertThat(raw.getText()).isEqualTo("false");
    robot.interact(() -> raw.setText("{{ $trigger.emit }}"));
    assertThat(option("op-1", "emitEvents")).isEqualTo(JsonValue.of("{{ $trigger.emit }}"));
    robot.interact(() -> find("#option-emitEvents-raw", javafx.scene.control.ToggleButton.class).fire());
    // the switch cannot show a template: the field stays raw
    robot.interact(() -> editor.clearSelection());
    selectOperation("op-1");
    assertThat(present("#option-emitEvents-raw-value")).isTrue();
  }

  @Test
  void collectionPickerOffersTheHostsCollections() {
    open(PanelFlows.chain("event", "item-read"));
    selectOperation("op-1");
    ComboBox<?> collection = find("#option-collection-choice", ComboBox.class);
    // a collection the schema does not list yet is typed after "Other…"
    assertThat(List.<Object>copyOf(collection.getItems())).containsExactly("articles", "authors", ChoiceEditor.OTHER);
  }
}
