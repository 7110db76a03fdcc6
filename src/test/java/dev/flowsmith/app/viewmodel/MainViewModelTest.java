package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.viewmodel.Dialogs.UnsavedChoice;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.FlowEntry;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.ProblemEntry;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view-model without a stage: opening, errors, dirty state, title and status. */
class MainViewModelTest {

  @TempDir Path tmp;
  private ScriptedDialogs dialogs;
  private MainViewModel vm;

  @BeforeEach
  void setUp() {
    dialogs = new ScriptedDialogs();
    vm = new MainViewModel(dialogs, dialogs, RecentFiles.load(tmp.resolve("config")));
  }

  @Test
  void startsEmpty() {
    assertThat(vm.titleProperty().get()).isEqualTo("Flowsmith");
    assertThat(vm.statusTextProperty().get()).startsWith("No flow open");
    assertThat(vm.hasDocument().get()).isFalse();
  }

  @Test
  void opensAnExample() {
    Path example = Examples.path(Examples.EMAIL_ON_PUBLISH);

    assertThat(vm.openFile(example)).isTrue();

    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Notify author on publish");
    assertThat(vm.sourcePathProperty().get()).isEqualTo(example);
    assertThat(vm.sourceFormatProperty().get()).isEqualTo(SourceFormat.CANONICAL);
    assertThat(vm.dirtyProperty().get()).isFalse();
    assertThat(vm.titleProperty().get()).isEqualTo("Flowsmith — Notify author on publish");
    assertThat(vm.statusTextProperty().get())
        .isEqualTo(example + " — canonical flow document — 3 operations");
    assertThat(vm.documentProperty().get().saveTarget()).isEqualTo(SaveTarget.file(example));
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void aBrokenFileReportsWhereAndKeepsTheOpenFlow() throws Exception {
    Path example = Examples.path(Examples.EMAIL_ON_PUBLISH);
    vm.openFile(example);
    DocumentViewModel before = vm.documentProperty().get();
    before.update(before.flow().withName("Edited"));
    Path broken = Examples.writeBroken(tmp, "broken.json");

    assertThat(vm.openFile(broken)).isFalse();

    assertThat(dialogs.errors).singleElement().asString().startsWith(broken + ":3:");
    assertThat(vm.documentProperty().get()).isSameAs(before);
    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Edited");
    assertThat(vm.sourcePathProperty().get()).isEqualTo(example);
    assertThat(vm.titleProperty().get()).isEqualTo("Flowsmith — Edited •");
    // the file was read before anything was asked, so a failure never prompts about unsaved changes
    assertThat(dialogs.unsavedQuestions).isZero();
  }

  @Test
  void aMissingFileIsAnErrorToo() {
    assertThat(vm.openFile(tmp.resolve("nope.json"))).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("nope.json").contains("does not exist");
    assertThat(vm.titleProperty().get()).isEqualTo("Flowsmith");
  }

  @Test
  void anEditMakesTheDocumentDirtyAndSaveClearsIt() throws Exception {
    Path file = Files.copy(Examples.path(Examples.EMAIL_ON_PUBLISH), tmp.resolve("flow.json"));
    vm.openFile(file);
    DocumentViewModel doc = vm.documentProperty().get();

    doc.update(doc.flow().withName("Renamed"));

    assertThat(vm.dirtyProperty().get()).isTrue();
    assertThat(doc.revisionProperty().get()).isEqualTo(1);
    assertThat(vm.titleProperty().get()).isEqualTo("Flowsmith — Renamed •");

    assertThat(vm.save()).isTrue();

    assertThat(vm.dirtyProperty().get()).isFalse();
    assertThat(vm.titleProperty().get()).isEqualTo("Flowsmith — Renamed");
    assertThat(Files.readString(file)).isEqualTo(FlowWriter.canonical(doc.flow()));
    assertThat(dialogs.chooserTitles).isEmpty();
  }

  @Test
  void closingATabWithUnsavedChangesAsks() {
    vm.openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    DocumentViewModel doc = vm.documentProperty().get();
    doc.update(doc.flow().withName("Changed"));

    dialogs.unsavedAnswers.push(UnsavedChoice.CANCEL);
    assertThat(vm.closeActive()).isFalse();
    assertThat(vm.documentProperty().get()).isSameAs(doc);

    dialogs.unsavedAnswers.push(UnsavedChoice.DISCARD);
    assertThat(vm.closeActive()).isTrue();
    assertThat(vm.documents()).isEmpty();
    assertThat(vm.documentProperty().get()).isNull();
    assertThat(vm.statusTextProperty().get()).startsWith("No flow open");
    assertThat(dialogs.unsavedQuestions).isEqualTo(2);
  }

  @Test
  void choosingSaveWhenClosingSavesFirst() throws Exception {
    Path file = Files.copy(Examples.path(Examples.EMAIL_ON_PUBLISH), tmp.resolve("flow.json"));
    vm.openFile(file);
    DocumentViewModel doc = vm.documentProperty().get();
    doc.update(doc.flow().withName("Kept"));
    assertThat(vm.openFile(Examples.path(Examples.WEBHOOK))).isTrue();
    assertThat(dialogs.unsavedQuestions).as("opening another flow asks nothing: it opens in a tab").isZero();
    dialogs.unsavedAnswers.push(UnsavedChoice.SAVE);

    assertThat(vm.confirmQuit()).isTrue();

    assertThat(FlowReader.read(file).single().name()).isEqualTo("Kept");
    assertThat(dialogs.unsavedQuestions).isEqualTo(1);
  }

  @Test
  void aNewFlowWithoutWorkspaceSavesAs() throws Exception {
    vm.newFlow();
    Path target = tmp.resolve("out/new.json");
    dialogs.pathAnswers.add(target);

    assertThat(vm.save()).isTrue();

    assertThat(dialogs.chooserTitles).singleElement().asString().contains("[untitled-flow.json]");
    assertThat(FlowReader.read(target).single().name()).isEqualTo(MainViewModel.NEW_FLOW_NAME);
    assertThat(vm.documentProperty().get().saveTarget()).isEqualTo(SaveTarget.file(target));
    assertThat(vm.sourceFormatProperty().get()).isEqualTo(SourceFormat.CANONICAL);
    assertThat(vm.recentEntries()).extracting(RecentEntry::path).containsExactly(target);
  }

  @Test
  void cancellingSaveAsKeepsTheDocumentUnsaved() {
    vm.newFlow();
    DocumentViewModel doc = vm.documentProperty().get();
    doc.update(doc.flow().withName("Draft"));

    assertThat(vm.save()).isFalse();
    assertThat(vm.dirtyProperty().get()).isTrue();
  }

  @Test
  void aWorkspaceListsFlowsAndBrokenFiles() throws Exception {
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    ws.saveFlow(FlowReader.read(Examples.path(Examples.EMAIL_ON_PUBLISH)).single());
    ws.saveFlow(FlowReader.read(Examples.path(Examples.WEBHOOK)).single());
    Path broken = Examples.writeBroken(ws.root().resolve(WorkspaceFolder.FLOWS_DIR), "zz-broken.json");

    assertThat(vm.openWorkspace(ws.root())).isTrue();

    assertThat(vm.workspaceEntries()).hasSize(3);
    assertThat(vm.workspaceEntries().get(2)).isInstanceOfSatisfying(ProblemEntry.class, problem -> {
      assertThat(problem.file()).isEqualTo(broken);
      assertThat(problem.message()).startsWith(broken + ":3:");
      assertThat(problem.label()).isEqualTo("zz-broken.json");
      assertThat(problem.detail()).startsWith("3:");
    });
    FlowEntry first = (FlowEntry) vm.workspaceEntries().get(0);
    assertThat(vm.currentFlowProperty().get().id()).isEqualTo(first.flowId());
    assertThat(vm.documentProperty().get().saveTarget().kind()).isEqualTo(SaveTarget.Kind.WORKSPACE);

    vm.openEntry(vm.workspaceEntries().get(1));
    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Website lead → CRM");

    vm.openEntry(vm.workspaceEntries().get(2));
    assertThat(dialogs.errors).singleElement().asString().startsWith(broken + ":3:");
    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Website lead → CRM");
  }

  @Test
  void savingAWorkspaceFlowWritesItsFile() throws Exception {
    WorkspaceFolder ws = WorkspaceFolder.create(tmp.resolve("ws"));
    Path file = ws.saveFlow(FlowReader.read(Examples.path(Examples.EMAIL_ON_PUBLISH)).single());
    vm.openWorkspace(ws.root());
    DocumentViewModel doc = vm.documentProperty().get();
    doc.update(doc.flow().withName("Renamed in workspace"));

    assertThat(vm.save()).isTrue();

    assertThat(FlowReader.read(file).single().name()).isEqualTo("Renamed in workspace");
    assertThat(vm.workspaceEntries()).extracting(WorkspaceEntry::label).containsExactly("Renamed in workspace");
  }

  @Test
  void aFolderThatIsNoWorkspaceBecomesOneOnlyIfTheUserAgrees() {
    Path plain = tmp.resolve("plain");
    dialogs.confirmAnswer = false;
    assertThat(vm.openWorkspace(plain)).isFalse();
    assertThat(WorkspaceFolder.isWorkspace(plain)).isFalse();

    dialogs.confirmAnswer = true;
    assertThat(vm.openWorkspace(plain)).isTrue();
    assertThat(WorkspaceFolder.isWorkspace(plain)).isTrue();
    assertThat(vm.workspaceProperty().get().root()).isEqualTo(plain);
    assertThat(vm.statusTextProperty().get()).isEqualTo("Workspace " + plain + " — 0 flows");
  }

  @Test
  void aBrokenWorkspaceSettingsFileKeepsEverything() throws Exception {
    vm.openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    Path dir = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(dir.resolve(WorkspaceFolder.SETTINGS_FILE), "[1, 2");

    assertThat(vm.openWorkspace(dir)).isFalse();

    assertThat(dialogs.errors).singleElement().asString().contains(WorkspaceFolder.SETTINGS_FILE + ":1:");
    assertThat(vm.workspaceProperty().get()).isNull();
    assertThat(vm.currentFlowProperty().get().name()).isEqualTo("Notify author on publish");
  }

  @Test
  void theDocumentFollowsTheFlowItWasOpenedWith() {
    vm.openFile(Examples.path(Examples.INVOICE_TOTALS));
    Flow flow = vm.currentFlowProperty().get();
    assertThat(flow.operations()).hasSize(4);
    assertThat(vm.statusTextProperty().get()).endsWith("— 4 operations");
  }
}
