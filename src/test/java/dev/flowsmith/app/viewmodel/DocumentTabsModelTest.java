package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.viewmodel.Dialogs.UnsavedChoice;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.FlowEntry;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several flows open at once (issue 16) and which workspace the active tab belongs to (issue 18). */
class DocumentTabsModelTest {

  @TempDir Path tmp;
  private ScriptedDialogs dialogs;
  private MainViewModel vm;

  @BeforeEach
  void setUp() {
    dialogs = new ScriptedDialogs();
    vm = new MainViewModel(dialogs, dialogs, RecentFiles.load(tmp.resolve("config")));
  }

  private DocumentViewModel open(String example) throws Exception {
    Path file = Files.copy(Examples.path(example), tmp.resolve(example));
    assertThat(vm.openFile(file)).isTrue();
    return vm.documentProperty().get();
  }

  @Test
  void twoFlowsOpenInTwoTabsWithTheirOwnUndo() throws Exception {
    DocumentViewModel a = open(Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(Examples.WEBHOOK);
    assertThat(vm.documents()).containsExactly(a, b);
    assertThat(vm.documentProperty().get()).isSameAs(b);

    vm.activate(a);
    a.update(a.flow().withName("Edited in A"));
    vm.activate(b);
    vm.edit().undo();

    assertThat(a.flow().name()).isEqualTo("Edited in A");
    assertThat(a.isDirty()).isTrue();
    assertThat(b.isDirty()).isFalse();
    assertThat(b.flow().name()).isEqualTo("Website lead → CRM");
    vm.activate(a);
    vm.edit().undo();
    assertThat(a.flow().name()).isEqualTo("Notify author on publish");
  }

  @Test
  void openingAnOpenFileActivatesItsTab() throws Exception {
    DocumentViewModel a = open(Examples.EMAIL_ON_PUBLISH);
    a.update(a.flow().withName("Unsaved"));
    open(Examples.WEBHOOK);

    assertThat(vm.openFile(tmp.resolve(Examples.EMAIL_ON_PUBLISH))).isTrue();

    assertThat(vm.documents()).hasSize(2);
    assertThat(vm.documentProperty().get()).isSameAs(a);
    assertThat(a.flow().name()).as("the edits of the open tab are kept").isEqualTo("Unsaved");
  }

  @Test
  void nextAndPreviousTabWrapRound() throws Exception {
    DocumentViewModel a = open(Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(Examples.WEBHOOK);
    DocumentViewModel c = open(Examples.INVOICE_TOTALS);

    vm.nextTab();
    assertThat(vm.documentProperty().get()).isSameAs(a);
    vm.previousTab();
    assertThat(vm.documentProperty().get()).isSameAs(c);
    vm.previousTab();
    assertThat(vm.documentProperty().get()).isSameAs(b);
  }

  @Test
  void closingAsksPerDirtyTabAndActivatesANeighbour() throws Exception {
    DocumentViewModel a = open(Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(Examples.WEBHOOK);
    DocumentViewModel c = open(Examples.INVOICE_TOTALS);
    b.update(b.flow().withName("Dirty B"));

    assertThat(vm.close(a)).isTrue();
    assertThat(dialogs.unsavedQuestions).as("a clean tab closes without asking").isZero();
    assertThat(vm.documentProperty().get()).as("the active tab stays active").isSameAs(c);

    dialogs.unsavedAnswers.push(UnsavedChoice.CANCEL);
    assertThat(vm.close(b)).isFalse();
    assertThat(vm.documents()).containsExactly(b, c);

    dialogs.unsavedAnswers.push(UnsavedChoice.DISCARD);
    assertThat(vm.close(b)).isTrue();
    assertThat(vm.documents()).containsExactly(c);
    assertThat(dialogs.unsavedQuestions).isEqualTo(2);
  }

  @Test
  void quittingAsksForEveryDirtyTabAndCancelStops() throws Exception {
    DocumentViewModel a = open(Examples.EMAIL_ON_PUBLISH);
    open(Examples.WEBHOOK);
    DocumentViewModel c = open(Examples.INVOICE_TOTALS);
    a.update(a.flow().withName("Dirty A"));
    c.update(c.flow().withName("Dirty C"));

    dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
    dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
    assertThat(vm.confirmQuit()).isFalse();
    assertThat(dialogs.unsavedQuestions).isEqualTo(2);
    assertThat(vm.documentProperty().get()).as("the tab asked about is shown").isSameAs(c);

    dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
    dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
    assertThat(vm.confirmQuit()).isTrue();
  }

  @Test
  void autosaveProtectsEveryTabNotOnlyTheActiveOne() throws Exception {
    vm.enableAutosave(new Autosave(tmp.resolve("autosave"), Clock.systemUTC()));
    DocumentViewModel a = open(Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(Examples.WEBHOOK);
    a.update(a.flow().withName("Dirty A"));
    b.update(b.flow().withName("Dirty B"));

    assertThat(vm.autosaveTick()).isEmpty();

    Autosave reader = new Autosave(tmp.resolve("autosave"), Clock.systemUTC());
    assertThat(reader.pending()).extracting(found -> found.flow().name()).containsExactlyInAnyOrder("Dirty A",
        "Dirty B");
  }

  @Test
  void aFileFromOutsideTheWorkspaceRunsInTheScratchWorkspace() throws Exception {
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    ws.saveFlow(Flow.create("f1", "Inside"));
    assertThat(vm.openWorkspace(ws.root())).isTrue();
    DocumentViewModel inside = vm.documentProperty().get();
    assertThat(vm.runContextProperty().get().root()).isEqualTo(ws.root());
    assertThat(vm.activeOutsideWorkspace().get()).isFalse();

    DocumentViewModel outside = open(Examples.WEBHOOK);

    assertThat(outside.saveTarget().kind()).isEqualTo(SaveTarget.Kind.FILE);
    assertThat(vm.runContextProperty().get()).as("scratch workspace, not the open one").isNull();
    assertThat(vm.activeOutsideWorkspace().get()).isTrue();
    vm.activate(inside);
    assertThat(vm.runContextProperty().get().root()).isEqualTo(ws.root());
  }

  @Test
  void openingAnotherWorkspaceClosesTheTabsOfTheFirstButKeepsLoneFiles() throws Exception {
    WorkspaceFolder first = WorkspaceFolder.create(tmp.resolve("first"));
    first.saveFlow(Flow.create("f1", "First flow"));
    WorkspaceFolder second = WorkspaceFolder.create(tmp.resolve("second"));
    second.saveFlow(Flow.create("f2", "Second flow"));
    vm.openWorkspace(first.root());
    DocumentViewModel ownFlow = vm.documentProperty().get();
    ownFlow.update(ownFlow.flow().withName("Dirty"));
    DocumentViewModel lone = open(Examples.WEBHOOK);

    dialogs.unsavedAnswers.push(UnsavedChoice.DISCARD);
    assertThat(vm.openWorkspace(second.root())).isTrue();

    assertThat(vm.documents()).hasSize(2).contains(lone).doesNotContain(ownFlow);
    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Second flow");
    assertThat(vm.workspaceEntries()).extracting(WorkspaceEntry::label).containsExactly("Second flow");
  }

  @Test
  void clickingAWorkspaceEntryTwiceKeepsOneTab() throws Exception {
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    ws.saveFlow(Flow.create("f1", "One"));
    ws.saveFlow(Flow.create("f2", "Two"));
    vm.openWorkspace(ws.root());
    FlowEntry two = vm.workspaceEntries().stream().map(FlowEntry.class::cast)
        .filter(e -> e.label().equals("Two")).findFirst().orElseThrow();

    vm.openEntry(two);
    vm.openEntry(two);

    assertThat(vm.documents()).extracting(d -> d.flow().name()).containsExactly("One", "Two");
  }

  @Test
  void theSampleWorkspaceIsCreatedOnceAndOpened() throws Exception {
    Path dir = tmp.resolve("sample");

    assertThat(vm.openSampleWorkspace(dir)).isTrue();

    assertThat(vm.workspaceEntries()).hasSize(4);
    assertThat(Files.list(dir.resolve("tests")).count()).isEqualTo(4);
    DocumentViewModel first = vm.documentProperty().get();
    first.update(first.flow().withName("Renamed"));
    vm.save();
    vm.closeActive();
    assertThat(vm.openSampleWorkspace(dir)).isTrue();
    assertThat(vm.currentFlowProperty().get().name()).as("opened again, not recreated").isEqualTo("Renamed");
  }
}
