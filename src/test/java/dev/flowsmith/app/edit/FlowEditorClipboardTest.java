package dev.flowsmith.app.edit;

import static dev.flowsmith.app.edit.EditFixtures.arrows;
import static dev.flowsmith.app.edit.EditFixtures.byKey;
import static dev.flowsmith.app.edit.EditFixtures.flow;
import static dev.flowsmith.app.edit.EditFixtures.op;
import static dev.flowsmith.app.edit.EditFixtures.overlaps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.StudioBundles;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowEditorClipboardTest {

  private static Flow chain() {
    return flow("a", op("a", "one", 19, 1).withResolve("a-two"), op("a", "two", 37, 1).withResolve("a-three"),
        op("a", "three", 55, 1)).withEntry("a-one");
  }

  @Test
  void copyAndPasteIntoAnotherEditorIsOneStepThatSelectsThePastedTiles() {
    FlowEditor from = new FlowEditor(chain());
    from.select(Set.of("a-one", "a-two"));
    String text = from.copySelection();
    Flow before = flow("b", op("b", "one", 19, 1));
    FlowEditor into = new FlowEditor(before);

    assertThat(into.paste(text, null)).isTrue();

    assertThat(into.flow().operations()).hasSize(3);
    assertThat(into.selection().operations()).hasSize(2).doesNotContain("b-one");
    assertThat(into.undoStack().undoDescriptionProperty().get()).isEqualTo("Paste 2 operations");
    assertThat(overlaps(into.flow())).isEmpty();
    into.undo();
    assertThat(into.flow()).isEqualTo(before);
    assertThat(into.selection().operations()).isEmpty();
  }

  @Test
  void unreadableTextChangesNothingAndSaysWhy() {
    FlowEditor editor = new FlowEditor(chain());

    assertThat(editor.paste("not json at all", null)).isFalse();

    assertThat(editor.flow()).isEqualTo(chain());
    assertThat(editor.undoStack().canUndoProperty().get()).isFalse();
    assertThat(editor.message()).startsWith("Nothing pasted: pasted text:1:").contains("malformed JSON");
  }

  @Test
  void cutIsOneStepAndUndoRestoresTheFlowExactly() {
    FlowEditor editor = new FlowEditor(chain());
    editor.select(Set.of("a-two"));

    String text = editor.cutSelection();

    assertThat(text).contains("\"key\": \"two\"");
    assertThat(editor.flow().operations()).extracting(o -> o.key()).containsExactly("one", "three");
    assertThat(byKey(editor.flow(), "one").resolve()).isNull();
    assertThat(editor.undoStack().done()).hasSize(1);
    editor.undo();
    assertThat(editor.flow()).isEqualTo(chain());

    editor.redo();
    assertThat(editor.paste(text, new GridPosition(19, 40))).isTrue();
    assertThat(byKey(editor.flow(), "two").position()).isEqualTo(new GridPosition(19, 40));
  }

  @Test
  void duplicateSelectsTheCopiesAndUndoes() {
    FlowEditor editor = new FlowEditor(chain());
    editor.select(Set.of("a-two", "a-three"));

    editor.duplicateSelection();

    assertThat(editor.flow().operations()).hasSize(5);
    assertThat(editor.selection().operations()).hasSize(2).doesNotContain("a-two", "a-three");
    assertThat(arrows(editor.flow())).anyMatch(a -> a.matches("two_[a-z]{5} -resolve-> three_[a-z]{5}"));
    assertThat(overlaps(editor.flow())).isEmpty();
    editor.undo();
    assertThat(editor.flow()).isEqualTo(chain());
  }

  @Test
  void autoLayoutIsOneUndoableStep() {
    Flow messy = flow("a", op("a", "one", 90, 90).withResolve("a-two"), op("a", "two", 3, 40)).withEntry("a-one");
    FlowEditor editor = new FlowEditor(messy);

    editor.autoLayout();

    assertThat(byKey(editor.flow(), "two").position()).isEqualTo(new GridPosition(37, 1));
    assertThat(editor.undoStack().undoDescriptionProperty().get()).isEqualTo("Auto-layout");
    editor.undo();
    assertThat(editor.flow()).isEqualTo(messy);
  }

  @Test
  void replaceWithFlowTextKeepsTheDocumentsFlowId() {
    Flow other = flow("elsewhere", op("elsewhere", "x", 19, 1)).withName("Imported").withEntry("elsewhere-x");
    FlowEditor editor = new FlowEditor(chain());

    assertThat(editor.replaceWithFlowText(StudioBundles.v2(List.of(other)))).isTrue();

    assertThat(editor.flow().id()).isEqualTo("a");
    assertThat(editor.flow().name()).isEqualTo("Imported");
    assertThat(editor.flow().operations()).singleElement().satisfies(o -> assertThat(o.flow()).isEqualTo("a"));
    editor.undo();
    assertThat(editor.flow()).isEqualTo(chain());

    assertThat(editor.replaceWithFlowText("[]")).isFalse();
    assertThat(editor.message()).contains("expected exactly one flow");
    assertThat(editor.flow()).isEqualTo(chain());
  }

  @Test
  void selectConnectedFollowsArrowsBothWays() {
    Flow flow = chain().withOperations(List.of(chain().operations().get(0), chain().operations().get(1),
        chain().operations().get(2), op("a", "loner", 19, 40)));
    FlowEditor editor = new FlowEditor(flow);
    editor.select(Set.of("a-two"));

    editor.selectConnected();

    assertThat(editor.selection().operations()).containsExactlyInAnyOrder("a-one", "a-two", "a-three");
  }

  @Test
  void copyWithNothingSelectedIsEmpty() {
    FlowEditor editor = new FlowEditor(chain());
    assertThat(editor.copySelection()).isEmpty();
    assertThat(editor.cutSelection()).isEmpty();
    editor.duplicateSelection();
    assertThat(editor.undoStack().done()).isEmpty();
  }
}
