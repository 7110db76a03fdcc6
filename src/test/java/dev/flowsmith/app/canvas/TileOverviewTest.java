package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.TriggerOverview.Line;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tile overview lines of editor.md §7. */
class TileOverviewTest {

  @Test
  void readDataShowsTheCollectionAndTheIdsCommaJoined() {
    assertThat(lines("item-read", "{\"collection\":\"articles\",\"key\":[\"1\",\"2\"]}"))
        .containsExactly(new Line("Collection", "articles"), new Line("IDs", "1, 2"));
    assertThat(lines("item-delete", "{\"collection\":\"articles\"}"))
        .containsExactly(new Line("Collection", "articles"), new Line("IDs", "--"));
  }

  @Test
  void createDataShowsThePayloadAsJson() {
    assertThat(lines("item-create", "{\"collection\":\"tags\",\"payload\":{\"name\":\"x\"}}"))
        .containsExactly(new Line("Collection", "tags"), new Line("Payload", "{\"name\":\"x\"}"));
  }

  @Test
  void mailAddsCopiesAndReplyToOnlyWhenSet() {
    assertThat(lines("mail", "{\"subject\":\"Hi\",\"to\":[\"a@x.io\",\"b@x.io\"]}")).containsExactly(
        new Line("Subject", "Hi"), new Line("To", "a@x.io, b@x.io"), new Line("Type", "markdown"));
    assertThat(lines("mail", "{\"subject\":\"Hi\",\"to\":[\"a@x.io\"],\"type\":\"wysiwyg\",\"cc\":[\"c@x.io\"],"
        + "\"bcc\":[],\"replyTo\":[\"r@x.io\"]}")).containsExactly(new Line("Subject", "Hi"),
        new Line("To", "a@x.io"), new Line("Type", "wysiwyg"), new Line("CC", "c@x.io"),
        new Line("Reply-To", "r@x.io"));
  }

  @Test
  void requestShowsUrlAndMethodWithTheDefaultMethod() {
    assertThat(lines("request", "{\"url\":\"https://x.io\"}"))
        .containsExactly(new Line("URL", "https://x.io"), new Line("Method", "GET"));
  }

  @Test
  void throwErrorFallsBackToTheFormsPlaceholders() {
    assertThat(lines("throw-error", "{\"message\":\"nope\"}")).containsExactly(
        new Line("Code", "INTERNAL_SERVER_ERROR"), new Line("Status", "500"), new Line("Message", "nope"));
  }

  @Test
  void singleValueTypes() {
    assertThat(lines("log", "{\"message\":\"hello {{$last}}\"}")).containsExactly(new Line("Message", "hello {{$last}}"));
    assertThat(lines("sleep", "{\"milliseconds\":1500}")).containsExactly(new Line("Milliseconds", "1500"));
    assertThat(lines("json-web-token", "{\"operation\":\"sign\"}")).containsExactly(new Line("Operation", "sign"));
    assertThat(lines("transform", "{\"json\":{\"a\":1}}")).containsExactly(new Line("JSON", "{\"a\":1}"));
    assertThat(lines("condition", "{\"filter\":{\"$trigger\":{\"x\":{\"_eq\":1}}}}"))
        .containsExactly(new Line("Condition Rules", "{\"$trigger\":{\"x\":{\"_eq\":1}}}"));
    assertThat(lines("notification", "{\"subject\":\"S\"}"))
        .containsExactly(new Line("Subject", "S"), new Line("Message", "--"));
  }

  @Test
  void runScriptAndUnknownTypesShowNoLines() {
    assertThat(lines("exec", "{\"code\":\"x\"}")).isEmpty();
    assertThat(lines("my-extension", "{\"a\":1}")).isEmpty();
  }

  @Test
  void triggerFlowShowsTheFlowNameWhenKnownElseTheUuid() {
    Operation op = operation("trigger", "{\"flow\":\"f-1\"}");
    assertThat(TileOverview.lines(op)).containsExactly(new Line("Flow", "f-1"));
    assertThat(TileOverview.lines(op, Map.of("f-1", "Send digest")::get))
        .containsExactly(new Line("Flow", "Send digest"));
  }

  private static List<Line> lines(String type, String options) {
    return TileOverview.lines(operation(type, options));
  }

  private static Operation operation(String type, String options) {
    try {
      JsonValue parsed = JsonText.parseValue(options);
      return Operation.create("id", "key", type, new GridPosition(19, 1), "flow").withOptions(parsed);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
