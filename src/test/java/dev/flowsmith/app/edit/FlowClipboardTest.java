package dev.flowsmith.app.edit;

import static dev.flowsmith.app.edit.EditFixtures.arrows;
import static dev.flowsmith.app.edit.EditFixtures.byKey;
import static dev.flowsmith.app.edit.EditFixtures.flow;
import static dev.flowsmith.app.edit.EditFixtures.json;
import static dev.flowsmith.app.edit.EditFixtures.op;
import static dev.flowsmith.app.edit.EditFixtures.overlaps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.StudioBundles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowClipboardTest {

  /** trigger → fetch → (resolve) save, (reject) alert; save's options read {{ fetch.data }}. */
  private static Flow source() {
    Operation fetch = op("a", "fetch", 19, 1).withResolve("a-save").withReject("a-alert");
    Operation save = op("a", "save", 37, 1).withOptions(json("{\"body\": \"{{ fetch.data }} {{fetchless}}\"}"))
        .withResolve("a-tail");
    Operation alert = op("a", "alert", 37, 17);
    Operation tail = op("a", "tail", 55, 1);
    return flow("a", fetch, save, alert, tail).withEntry("a-fetch");
  }

  /** Another flow that already uses the keys fetch and alert where the pasted tiles would land. */
  private static Flow target() {
    return flow("b", op("b", "fetch", 19, 1), op("b", "alert", 37, 1).withResolve("b-fetch2"),
        op("b", "fetch2", 55, 1));
  }

  @Test
  void copyIsACanonicalFlowOfTheSelectionWithoutOutsideArrows() throws Exception {
    String text = FlowClipboard.copy(source(), Set.of("a-fetch", "a-save"));

    Flow copied = FlowReader.read(text, "copy").single();
    assertThat(copied.operations()).extracting(Operation::key).containsExactlyInAnyOrder("fetch", "save");
    assertThat(arrows(copied)).containsExactlyInAnyOrder("trigger -operation-> fetch", "fetch -resolve-> save");
    assertThat(FlowClipboard.copy(source(), Set.of("a-save"))).doesNotContain("\"operation\": \"a-fetch\"");
  }

  @Test
  void pasteIntoAnotherFlowRemapsIdsKeysArrowsAndReferences() throws Exception {
    Flow target = target();
    String text = FlowClipboard.copy(source(), Set.of("a-fetch", "a-save", "a-alert"));

    FlowClipboard.Pasted pasted = FlowClipboard.paste(target, text, null);

    Flow after = pasted.flow();
    assertThat(after.operations()).hasSize(6);
    assertThat(after.operations().subList(0, 3)).isEqualTo(target.operations());
    assertThat(pasted.newIds()).hasSize(3).doesNotContain("a-fetch", "a-save", "a-alert");
    List<Operation> group = after.operations().stream().filter(o -> pasted.newIds().contains(o.id())).toList();
    assertThat(group).allSatisfy(o -> assertThat(o.flow()).isEqualTo("b"));
    Operation fetch = group.stream().filter(o -> o.key().startsWith("fetch_")).findFirst().orElseThrow();
    Operation alert = group.stream().filter(o -> o.key().startsWith("alert_")).findFirst().orElseThrow();
    Operation save = byKey(after, "save");
    assertThat(fetch.key()).matches("fetch_[a-z]{5}");
    assertThat(alert.key()).matches("alert_[a-z]{5}");
    assertThat(after.operations()).extracting(Operation::key).doesNotHaveDuplicates();
    assertThat(fetch.resolve()).isEqualTo(save.id());
    assertThat(fetch.reject()).isEqualTo(alert.id());
    assertThat(save.resolve()).as("tail was not copied").isNull();
    assertThat(save.options()).isEqualTo(json("{\"body\": \"{{ " + fetch.key() + ".data }} {{fetchless}}\"}"));
    assertThat(after.operation()).as("a paste never takes the entry").isNull();
    assertThat(after.graph().incoming(fetch.id())).isEmpty();
    assertThat(overlaps(after)).isEmpty();
  }

  @Test
  void pasteAtAnAnchorPutsTheGroupsTopLeftThere() throws Exception {
    String text = FlowClipboard.copy(source(), Set.of("a-save", "a-tail"));

    FlowClipboard.Pasted pasted = FlowClipboard.paste(flow("c"), text, new GridPosition(40, 60));

    assertThat(byKey(pasted.flow(), "save").position()).isEqualTo(new GridPosition(40, 60));
    assertThat(byKey(pasted.flow(), "tail").position()).isEqualTo(new GridPosition(58, 60));
  }

  @Test
  void pasteMovesDownInWholeTileHeightsUntilNothingIsCovered() throws Exception {
    Flow crowded = flow("c", op("c", "x1", 19, 1), op("c", "x2", 19, 15));
    String text = FlowClipboard.copy(flow("d", op("d", "solo", 5, 5)), Set.of("d-solo"));

    FlowClipboard.Pasted pasted = FlowClipboard.paste(crowded, text, new GridPosition(20, 2));

    assertThat(byKey(pasted.flow(), "solo").position()).isEqualTo(new GridPosition(20, 30));
    assertThat(overlaps(pasted.flow())).isEmpty();
  }

  @Test
  void duplicateLandsTwoCellsAwayThenBelowWhenThatIsTaken() {
    Flow roomy = flow("e", op("e", "one", 19, 1));
    Flow once = FlowClipboard.duplicate(roomy, Set.of("e-one"));
    Operation copy = once.operations().get(1);
    assertThat(copy.key()).matches("one_[a-z]{5}");
    // +2/+2 would cover the original, so the copy goes one tile height further down
    assertThat(copy.position()).isEqualTo(new GridPosition(21, 3 + GridPosition.TILE_SIZE));

    Flow spread = flow("f", op("f", "left", 19, 30), op("f", "far", 80, 80));
    Flow moved = FlowClipboard.duplicate(spread, Set.of("f-far"));
    assertThat(moved.operations().get(2).position()).isEqualTo(new GridPosition(82, 82 + GridPosition.TILE_SIZE));
    assertThat(overlaps(moved)).isEmpty();
  }

  @Test
  void duplicateOfAGroupKeepsItsArrows() {
    Flow twice = FlowClipboard.duplicate(source(), Set.of("a-fetch", "a-save"));
    assertThat(arrows(twice)).hasSize(arrows(source()).size() + 1)
        .anyMatch(a -> a.matches("fetch_[a-z]{5} -resolve-> save_[a-z]{5}"));
    assertThat(overlaps(twice)).isEmpty();
  }

  @Test
  void pastesADirectusRestResponseAndAStudioBundle() throws Exception {
    String rest = FlowWriter.write(List.of(source()), TargetFormat.REST_RESPONSE);
    String bundle = StudioBundles.v2(List.of(source()));

    for (String text : List.of(rest, bundle)) {
      Flow after = FlowClipboard.paste(flow("g"), text, null).flow();
      assertThat(after.operations()).extracting(Operation::key)
          .containsExactlyInAnyOrder("fetch", "save", "alert", "tail");
      assertThat(arrows(after)).containsExactlyInAnyOrder("fetch -resolve-> save", "fetch -reject-> alert",
          "save -resolve-> tail");
    }
  }

  @Test
  void pastesBareOperationsCopiedOutOfDirectus() throws Exception {
    String one = "{\"id\": \"x\", \"key\": \"lone\", \"type\": \"log\", \"position_x\": 3, \"position_y\": 4,"
        + " \"flow\": \"elsewhere\", \"resolve\": \"y\"}";
    String two = "{\"id\": \"y\", \"key\": \"next\", \"type\": \"log\", \"position_x\": 21, \"position_y\": 4,"
        + " \"flow\": \"elsewhere\"}";

    Flow bare = FlowClipboard.paste(flow("h"), "[" + one + "," + two + "]", null).flow();
    Flow wrapped = FlowClipboard.paste(flow("h"), "{\"data\": [" + one + "," + two + "]}", null).flow();
    Flow single = FlowClipboard.paste(flow("h"), one, null).flow();

    assertThat(arrows(bare)).containsExactly("lone -resolve-> next");
    assertThat(arrows(wrapped)).containsExactly("lone -resolve-> next");
    assertThat(single.operations()).extracting(Operation::key).containsExactly("lone");
    assertThat(single.operations().get(0).resolve()).isNull();
  }

  @Test
  void garbageIsRefusedWithAReadableMessage() {
    assertThatThrownBy(() -> FlowClipboard.paste(target(), "{\"name\": ", null))
        .isInstanceOf(FlowFormatException.class).hasMessageContaining("pasted text:1:");
    assertThatThrownBy(() -> FlowClipboard.paste(target(), "hello", null))
        .isInstanceOf(FlowFormatException.class).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> FlowClipboard.paste(target(), "{\"id\": \"f\", \"name\": \"empty\"}", null))
        .isInstanceOf(FlowFormatException.class).hasMessageContaining("no operations");
  }
}
