package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved work survives a crash: autosave while editing, recovery on the next start, drops. */
class CrashRecoveryTest {

  @TempDir Path tmp;

  private MainViewModel session(ScriptedDialogs dialogs) {
    MainViewModel vm = new MainViewModel(dialogs, dialogs, RecentFiles.load(tmp.resolve("config")));
    vm.enableAutosave(new Autosave(tmp.resolve("autosave"), Clock.systemUTC()));
    return vm;
  }

  private Path copyOfExample() throws Exception {
    Path file = tmp.resolve("flow.json");
    Files.copy(Examples.path(Examples.EMAIL_ON_PUBLISH), file);
    return file;
  }

  @Test
  void editsLeftUnsavedByACrashComeBackAsUnsavedChangesOfTheirFile() throws Exception {
    Path file = copyOfExample();
    MainViewModel crashed = session(new ScriptedDialogs());
    crashed.openFile(file);
    DocumentViewModel doc = crashed.documentProperty().get();
    Flow edited = doc.flow().withName("Edited before the crash");
    doc.update(edited);
    assertThat(crashed.autosaveTick()).isEmpty();
    // the process dies here: no save, no close

    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel next = session(dialogs);
    assertThat(next.recoverAutosaved()).isTrue();

    assertThat(dialogs.confirmations).singleElement().asString().contains("Edited before the crash");
    assertThat(next.currentFlowProperty().get()).isEqualTo(edited);
    assertThat(next.sourcePathProperty().get()).isEqualTo(file);
    assertThat(next.dirtyProperty().get()).isTrue();
    // one undo goes back to what the file holds
    next.edit().undo();
    assertThat(next.currentFlowProperty().get().name()).isEqualTo("Notify author on publish");
    // offered once: a third start finds nothing
    assertThat(session(new ScriptedDialogs()).recoverAutosaved()).isFalse();
  }

  @Test
  void aCleanCloseLeavesNothingToRecover() throws Exception {
    MainViewModel vm = session(new ScriptedDialogs());
    vm.openFile(copyOfExample());
    vm.documentProperty().get().update(vm.currentFlowProperty().get().withName("Discarded"));
    vm.autosaveTick();

    vm.closing(); // the user answered Discard

    ScriptedDialogs dialogs = new ScriptedDialogs();
    assertThat(session(dialogs).recoverAutosaved()).isFalse();
    assertThat(dialogs.confirmations).isEmpty();
  }

  @Test
  void declinedRecoveryDeletesTheAutosave() throws Exception {
    MainViewModel vm = session(new ScriptedDialogs());
    vm.newFlow();
    vm.documentProperty().get().update(vm.currentFlowProperty().get().withName("Draft"));
    vm.autosaveTick();

    ScriptedDialogs declining = new ScriptedDialogs();
    declining.confirmAnswer = false;
    assertThat(session(declining).recoverAutosaved()).isFalse();
    assertThat(declining.confirmations).hasSize(1);
    assertThat(session(new ScriptedDialogs()).recoverAutosaved()).isFalse();
  }

  @Test
  void aNewFlowComesBackAsANewUnsavedFlow() {
    MainViewModel vm = session(new ScriptedDialogs());
    vm.newFlow();
    Flow draft = vm.currentFlowProperty().get().withName("Draft");
    vm.documentProperty().get().update(draft);
    vm.autosaveTick();

    MainViewModel next = session(new ScriptedDialogs());
    assertThat(next.recoverAutosaved()).isTrue();
    assertThat(next.currentFlowProperty().get()).isEqualTo(draft);
    assertThat(next.sourcePathProperty().get()).isNull();
    assertThat(next.dirtyProperty().get()).isTrue();
  }

  @Test
  void droppingOneFileOpensItAndSeveralIsRefused() throws Exception {
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel vm = session(dialogs);
    Path file = copyOfExample();

    assertThat(vm.openDropped(List.of(file, file))).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("2 were dropped");
    assertThat(vm.hasDocument().get()).isFalse();

    assertThat(vm.openDropped(List.of(file))).isTrue();
    assertThat(vm.sourcePathProperty().get()).isEqualTo(file);
  }
}
