package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class OperationPanelTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  @Test
  void theKeyFollowsTheNameUntilItIsEditedByHand() {
    Flow flow = PanelFlows.chain("event", "log", "log");
    // the second log refers to the first by key; a rename carries the reference along
    flow = flow.withOperation("op-2", op -> op.withOptions(JsonValue.JsonObject.builder()
        .put("message", "{{ step_1.id }}").build()))
        .withOperation("op-1", op -> op.withName("Step 1"));
    open(flow);
    selectOperation("op-1");

    TextField name = find("#operation-name", TextField.class);
    robot.interact(() -> name.setText("Read posts"));
    assertThat(PanelFlows.op(editor.flow(), "op-1").key()).isEqualTo("read_posts");
    assertThat(find("#operation-key", TextField.class).getText()).isEqualTo("read_posts");
    assertThat(option("op-2", "message")).isEqualTo(JsonValue.of("{{ read_posts.id }}"));

    robot.interact(() -> find("#operation-key", TextField.class).setText("posts"));
    assertThat(PanelFlows.op(editor.flow(), "op-1").key()).isEqualTo("posts");
    robot.interact(() -> name.setText("Read all posts"));
    assertThat(PanelFlows.op(editor.flow(), "op-1").key()).isEqualTo("posts");
    assertThat(PanelFlows.op(editor.flow(), "op-1").name()).isEqualTo("Read all posts");
  }

  @Test
  void aNewTilesPlaceholderKeyFollowsTheFirstName() {
    Flow flow = PanelFlows.chain("event", "log").withOperation("op-1", op -> op.withKey("log_qwxyz"));
    open(flow);
    selectOperation("op-1");
    typeInto("#operation-name", "Say hi");
    assertThat(PanelFlows.op(editor.flow(), "op-1").key()).isEqualTo("say_hi");
    assertThat(PanelFlows.op(editor.flow(), "op-1").name()).isEqualTo("Say hi");
    robot.interact(() -> editor.undo());
    assertThat(PanelFlows.op(editor.flow(), "op-1").key()).isEqualTo("log_qwxyz");
    assertThat(PanelFlows.op(editor.flow(), "op-1").name()).isNull();
  }

  @Test
  void aDuplicateKeyIsRefusedWithTheReason() {
    open(PanelFlows.chain("event", "log", "log"));
    selectOperation("op-2");
    robot.interact(() -> find("#operation-key", TextField.class).setText("step_1"));

    Label problem = find("#operation-key-problem", Label.class);
    assertThat(problem.isVisible()).isTrue();
    assertThat(problem.getText()).contains("already has the key \"step_1\"");
    assertThat(PanelFlows.op(editor.flow(), "op-2").key()).isEqualTo("step_2");

    robot.interact(() -> find("#operation-key", TextField.class).setText("step_3"));
    assertThat(problem.isVisible()).isFalse();
    assertThat(PanelFlows.op(editor.flow(), "op-2").key()).isEqualTo("step_3");
  }

  @Test
  void changingTheTypeIsOneUndoableEdit() {
    open(PanelFlows.chain("event", "log"));
    selectOperation("op-1");
    typeInto("#option-message", "hi");
    Button type = find("#operation-type", Button.class);
    assertThat(type.getText()).isEqualTo("Log to Console");
    robot.clickOn(type);
    // the one type picker (also drag-create's): its search box filters, Enter picks the first match
    robot.write("slee");
    ListView<?> list = find("#type-picker-list", ListView.class);
    assertThat(list.getItems()).hasSize(1);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(type.getText()).isEqualTo("Sleep");
    assertThat(PanelFlows.op(editor.flow(), "op-1").type()).isEqualTo("sleep");
    assertThat(present("#option-milliseconds")).isTrue();
    assertThat(present("#option-message")).isFalse();

    robot.interact(() -> editor.undo());
    assertThat(PanelFlows.op(editor.flow(), "op-1").type()).isEqualTo("log");
    assertThat(find("#option-message", TextField.class).getText()).isEqualTo("hi");
  }

  @Test
  void anUnknownTypeKeepsItsOptionsInOneJsonEditor() {
    JsonValue.JsonObject options = JsonValue.JsonObject.builder().put("endpoint", "https://example.com")
        .put("retries", new JsonValue.JsonNumber("3")).build();
    Flow flow = PanelFlows.chain("event", "log").withOperation("op-1",
        op -> new Operation(op.id(), op.name(), op.key(), "acme-slack", op.position(), options, null, null,
            op.flow(), null, null, op.extra()));
    open(flow);
    selectOperation("op-1");

    assertThat(find("#operation-type-notice", Label.class).getText()).contains("acme-slack");
    CodeArea raw = find("#option-raw", CodeArea.class);
    assertThat(raw.getText()).contains("\"endpoint\": \"https://example.com\"");
    robot.interact(() -> raw.replaceText("{\"endpoint\": "));
    assertThat(find("#option-raw-error", Label.class).getText()).startsWith("line 1");
    assertThat(PanelFlows.op(editor.flow(), "op-1").options()).isEqualTo(options);

    robot.interact(() -> raw.replaceText("{\"endpoint\": \"x\", \"retries\": 3}"));
    assertThat(option("op-1", "endpoint")).isEqualTo(JsonValue.of("x"));
    assertThat(PanelFlows.op(editor.flow(), "op-1").type()).isEqualTo("acme-slack");
  }

  @Test
  void anUndoOfAnotherFieldLeavesTheFocusedTextAndCaretAlone() {
    open(PanelFlows.chain("event", "request"));
    selectOperation("op-1");
    typeInto("#option-url", "https://a.example");
    robot.interact(() -> editor.preventMerge());
    TextField url = find("#option-url", TextField.class);
    int caret = url.getCaretPosition();
    robot.interact(() -> choose("#option-method-choice", "POST"));
    robot.interact(() -> editor.undo());
    assertThat(option("op-1", "method")).isEqualTo(JsonValue.of("GET"));
    assertThat(url.getText()).isEqualTo("https://a.example");
    assertThat(url.isFocused()).isTrue();
    assertThat(url.getCaretPosition()).isEqualTo(caret);
    assertThat(List.of(option("op-1", "url"))).containsExactly(JsonValue.of("https://a.example"));
  }
}
