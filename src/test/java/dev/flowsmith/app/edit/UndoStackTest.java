package dev.flowsmith.app.edit;

import static dev.flowsmith.app.edit.EditFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import org.junit.jupiter.api.Test;

class UndoStackTest {

  private static final Flow A = flow("a");
  private static final Flow B = A.withName("B");
  private static final Flow C = A.withName("C");
  private static final Flow D = A.withName("D");

  @Test
  void pushUndoRedo() {
    UndoStack stack = new UndoStack(A);
    stack.push("to B", B, null);
    stack.push("to C", C, null);

    assertThat(stack.flow()).isEqualTo(C);
    assertThat(stack.undoDescriptionProperty().get()).isEqualTo("to C");
    assertThat(stack.undo()).isTrue();
    assertThat(stack.flow()).isEqualTo(B);
    assertThat(stack.redoDescriptionProperty().get()).isEqualTo("to C");
    assertThat(stack.undo()).isTrue();
    assertThat(stack.undo()).isFalse();
    assertThat(stack.flow()).isEqualTo(A);
    assertThat(stack.canUndoProperty().get()).isFalse();
    assertThat(stack.redo()).isTrue();
    assertThat(stack.redo()).isTrue();
    assertThat(stack.redo()).isFalse();
    assertThat(stack.flow()).isEqualTo(C);
  }

  @Test
  void aNewEditDropsWhatCouldBeRedoneAndAnEmptyEditIsIgnored() {
    UndoStack stack = new UndoStack(A);
    stack.push("to B", B, null);
    stack.undo();
    stack.push("to C", C, null);
    stack.push("nothing", C, null);

    assertThat(stack.canRedoProperty().get()).isFalse();
    assertThat(stack.done()).extracting(UndoStack.Entry::description).containsExactly("to C");
  }

  @Test
  void stepsWithTheSameKeyMergeUntilPrevented() {
    UndoStack stack = new UndoStack(A);
    stack.push("type", B, "name");
    stack.push("type", C, "name");
    assertThat(stack.done()).hasSize(1);

    stack.preventMerge();
    stack.push("type", D, "name");
    assertThat(stack.done()).hasSize(2);
    stack.push("other field", B, "description");
    assertThat(stack.done()).hasSize(3);

    stack.undo();
    stack.undo();
    assertThat(stack.flow()).isEqualTo(C);
    stack.undo();
    assertThat(stack.flow()).isEqualTo(A);
  }

  @Test
  void undoEndsAMergeRun() {
    UndoStack stack = new UndoStack(A);
    stack.push("type", B, "name");
    stack.push("type", C, "name");
    stack.undo();
    stack.push("type", D, "name");

    assertThat(stack.done()).hasSize(1);
    assertThat(stack.done().get(0).before()).isEqualTo(A);
  }

  @Test
  void mergingBackToTheStartRemovesTheEntry() {
    UndoStack stack = new UndoStack(A);
    stack.push("base", B, null);
    long saved = stack.revision();
    stack.push("drag", C, "drag");
    stack.push("drag", B, "drag");

    assertThat(stack.done()).extracting(UndoStack.Entry::description).containsExactly("base");
    assertThat(stack.revision()).isEqualTo(saved);
    assertThat(stack.flow()).isEqualTo(B);
  }

  @Test
  void aMergeRunThatCameBackDoesNotMergeIntoTheEntryBeforeIt() {
    UndoStack stack = new UndoStack(A);
    stack.push("type", B, "name");
    stack.preventMerge();
    stack.push("type", C, "name");
    stack.push("type", B, "name");
    stack.push("type", D, "name");

    assertThat(stack.done()).hasSize(2);
    stack.undo();
    assertThat(stack.flow()).as("the first run stays its own step").isEqualTo(B);
  }

  @Test
  void revisionReturnsToTheSavedValueAfterUndo() {
    UndoStack stack = new UndoStack(A);
    stack.push("to B", B, null);
    long saved = stack.revision();
    stack.push("to C", C, null);
    assertThat(stack.revision()).isNotEqualTo(saved);

    stack.undo();
    assertThat(stack.revision()).isEqualTo(saved);
    stack.redo();
    stack.undo();
    assertThat(stack.revision()).isEqualTo(saved);

    stack.push("to D", D, null);
    assertThat(stack.revision()).as("a different edit is a different state").isNotEqualTo(saved);
  }

  @Test
  void aPushFromAListenerIsRefused() {
    UndoStack stack = new UndoStack(A);
    // JavaFX hands a listener's exception to the thread's handler instead of the pusher, so the
    // listener records what its push did
    java.util.List<Throwable> refused = new java.util.ArrayList<>();
    stack.flowProperty().addListener((obs, old, now) -> {
      try {
        stack.push("echo", D, null);
      } catch (IllegalStateException e) {
        refused.add(e);
      }
    });

    stack.push("to B", B, null);

    assertThat(refused).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("pushed while"));
    assertThat(stack.flow()).isEqualTo(B);
    assertThat(stack.done()).extracting(UndoStack.Entry::description).containsExactly("to B");
  }
}
