package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.workspaceview.WorkspaceFileWatcher;
import dev.flowsmith.app.workspaceview.WorkspaceWatch;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window open on a workspace follows changes other programs (the MCP server) write to its flow
 * files, ignores its own saves, and asks before replacing unsaved edits. The "UI thread" is this
 * test thread running what the watch hands over.
 */
class WorkspaceWatchTest {

  @TempDir Path tmp;
  private ScriptedDialogs dialogs;
  private MainViewModel vm;
  private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
  private WorkspaceWatch watch;
  private Path root;
  private String flowId;

  @BeforeEach
  void openWorkspace() throws Exception {
    dialogs = new ScriptedDialogs();
    vm = new MainViewModel(dialogs, dialogs, RecentFiles.load(tmp.resolve("config")));
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    Flow flow = FlowReader.read(Examples.path(Examples.EMAIL_ON_PUBLISH)).single();
    ws.saveFlow(flow);
    flowId = flow.id();
    root = ws.root();
    assertThat(vm.openWorkspace(root)).isTrue();
    watch = new WorkspaceWatch(vm, uiThread::add, Duration.ofMillis(100));
  }

  @AfterEach
  void close() {
    watch.close();
  }

  /** Runs what the watcher hands to the UI thread until it has been quiet for a while. */
  private int runUiTasks() throws InterruptedException {
    int ran = 0;
    for (Runnable task; (task = uiThread.poll(ran == 0 ? 5 : 1, TimeUnit.SECONDS)) != null; ) {
      task.run();
      ran++;
    }
    return ran;
  }

  private void writeAsAnotherProgram(Flow flow) throws Exception {
    WorkspaceFolder.open(root).saveFlow(flow); // the MCP server's write path
  }

  @Test
  void anotherProgramsChangeReloadsTheOpenFlowAndTheWindowsOwnSaveDoesNot() throws Exception {
    DocumentViewModel doc = vm.documentProperty().get();
    doc.update(doc.flow().withName("Saved here"));
    assertThat(vm.save()).isTrue();
    DocumentViewModel saved = vm.documentProperty().get();
    assertThat(runUiTasks()).isPositive(); // the watcher saw the save …
    assertThat(vm.documentProperty().get()).isSameAs(saved); // … and left the document (and its undo) alone

    writeAsAnotherProgram(vm.currentFlowProperty().get().withName("Renamed by an assistant"));
    runUiTasks();

    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Renamed by an assistant");
    assertThat(vm.workspaceEntries()).extracting(WorkspaceEntry::label).containsExactly("Renamed by an assistant");
    assertThat(dialogs.confirmations).isEmpty();
  }

  @Test
  void unsavedEditsAreKeptWhenTheUserSaysSo() throws Exception {
    Flow onDisk = vm.currentFlowProperty().get();
    DocumentViewModel doc = vm.documentProperty().get();
    doc.update(doc.flow().withName("Edited, not saved"));
    dialogs.confirmAnswer = false;

    writeAsAnotherProgram(onDisk.withName("Changed by an assistant"));
    runUiTasks();

    assertThat(dialogs.confirmations).singleElement().asString()
        .contains("“Edited, not saved” has unsaved edits").contains("another program")
        .contains("Reload the version on disk?");
    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Edited, not saved");
    assertThat(vm.dirtyProperty().get()).isTrue();
  }

  @Test
  void aNewFlowFileAppearsInTheWorkspaceList() throws Exception {
    Flow other = FlowReader.read(Examples.path(Examples.WEBHOOK)).single();
    writeAsAnotherProgram(other);
    runUiTasks();

    assertThat(vm.workspaceEntries()).hasSize(2);
    assertThat(vm.currentFlowProperty().get().id()).isEqualTo(flowId);
  }

  @Test
  void changedFlowsIgnoresCanonicalTextItAlreadyHoldsAndTemporaryFiles() throws Exception {
    WorkspaceFolder known = WorkspaceFolder.open(root);
    Path file = known.fileOf(flowId).orElseThrow();
    assertThat(WorkspaceFileWatcher.changedFlows(known, Set.of(file))).isEmpty();
    Files.writeString(file, Files.readString(file).replace("Notify author on publish", "Edited by hand"));
    assertThat(WorkspaceFileWatcher.changedFlows(known, Set.of(file))).containsExactly(flowId);
    Files.delete(file);
    assertThat(WorkspaceFileWatcher.changedFlows(known, Set.of(file))).containsExactly(flowId);
  }
}
