package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class CodeEditorTest extends PanelTestBase {

  @Start
  void start(Stage stage) {
    setUp(stage);
  }

  @Test
  void highlightsATemplateSpanInsideAJsonString() {
    open(PanelFlows.chain("event", "transform"));
    selectOperation("op-1");
    CodeArea area = find("#option-json", CodeArea.class);
    String text = "{\"user\": \"{{ $accountability.user }}\", \"n\": 1}";
    robot.interact(() -> area.replaceText(text));
    WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    int open = text.indexOf("{{");
    int close = text.indexOf("}}") + 1;
    assertThat(area.getStyleOfChar(open)).containsExactly(CodeLexer.TEMPLATE);
    assertThat(area.getStyleOfChar(close)).containsExactly(CodeLexer.TEMPLATE);
    assertThat(area.getStyleOfChar(open - 1)).containsExactly(CodeLexer.STRING);
    assertThat(area.getStyleOfChar(text.indexOf("\"user\""))).containsExactly(CodeLexer.KEY);
    assertThat(area.getStyleOfChar(text.indexOf("1}"))).containsExactly(CodeLexer.NUMBER);
  }

  @Test
  void aTwoThousandLineScriptIsShownAndHighlightedQuickly() {
    open(PanelFlows.chain("event", "exec"));
    selectOperation("op-1");
    CodeArea area = find("#option-code", CodeArea.class);
    String script = "// line\nconst a = `x ${1}`; return 'y';\n".repeat(1_000);
    long start = System.nanoTime();
    robot.interact(() -> area.replaceText(script));
    WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(area.getParagraphs()).hasSize(2_001);
    assertThat(area.getStyleOfChar(script.lastIndexOf("return"))).containsExactly(CodeLexer.KEYWORD);
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void typingDoubleBracesOffersOnlyUpstreamPathsAndEnterInsertsOne() {
    open(PanelFlows.chain("event", "log", "log", "log"));
    selectOperation("op-2");
    typeInto("#option-message", "Hi {{");
    assertThat(find("#option-message", TextField.class).getText()).isEqualTo("Hi {{");
    @SuppressWarnings("unchecked")
    ListView<String> list = robot.lookup("#template-completion").queryAs(ListView.class);
    assertThat(list.getItems()).contains("$trigger", "$trigger.payload", "$last", "step_1")
        .doesNotContain("step_2", "step_3");

    robot.write("ste");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(List.copyOf(list.getItems())).containsExactly("step_1");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(find("#option-message", TextField.class).getText()).isEqualTo("Hi {{ step_1 }}");
    assertThat(option("op-2", "message")).isEqualTo(dev.flowsmith.model.JsonValue.of("Hi {{ step_1 }}"));
    assertThat(list.getScene().getWindow().isShowing()).isFalse();
  }

  @Test
  void ctrlSpaceInsideATemplateOfACodeEditorCompletesThePath() {
    open(PanelFlows.chain("event", "transform"));
    selectOperation("op-1");
    CodeArea area = find("#option-json", CodeArea.class);
    String before = "{\"u\": \"{{ $acc";
    robot.interact(() -> {
      area.replaceText(before + "\"}");
      area.requestFocus();
      area.moveTo(before.length());
    });
    robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    ListView<String> list = robot.lookup("#template-completion").queryAs(ListView.class);
    assertThat(list.getItems()).first().isEqualTo("$accountability");
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(area.getText()).isEqualTo("{\"u\": \"{{ $accountability.user }}\"}");
    assertThat(option("op-1", "json")).isEqualTo(dev.flowsmith.model.JsonValue.JsonObject.builder()
        .put("u", "{{ $accountability.user }}").build());
  }
}
