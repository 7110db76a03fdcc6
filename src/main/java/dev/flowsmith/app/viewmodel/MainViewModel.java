package dev.flowsmith.app.viewmodel;

import dev.flowsmith.app.viewmodel.WorkspaceEntry.FlowEntry;
import dev.flowsmith.app.viewmodel.WorkspaceEntry.ProblemEntry;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.workspace.flowtest.TestKeyRenames;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The state of the main window: the open flow (if any), the open workspace (if any), and the
 * commands of the File menu. No JavaFX nodes: questions go through {@link Dialogs} and
 * {@link FileDialogs}, so every path here runs in a plain unit test.
 *
 * <p>Reading always happens before anything is replaced, so a file that fails to read leaves
 * the open flow and workspace exactly as they were.
 */
public final class MainViewModel {

  public static final String APP_NAME = "Flowsmith";
  static final String NEW_FLOW_NAME = "Untitled flow";

  private final FileDialogs files;
  private final Dialogs dialogs;
  private final RecentFiles recent;
  private final FileCommands fileCommands;
  private java.util.function.Consumer<List<TestKeyRenames.Change>> onTestsRewritten = changes -> { };
  private final EditCommands edit;
  private @Nullable Autosave autosave;

  private final ReadOnlyObjectWrapper<@Nullable DocumentViewModel> document = new ReadOnlyObjectWrapper<>();
  private final OpenDocuments tabs = new OpenDocuments(document);
  private final TabCommands tabCommands;
  private final ReadOnlyObjectWrapper<@Nullable WorkspaceFolder> runContext = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<@Nullable WorkspaceFolder> workspace = new ReadOnlyObjectWrapper<>();
  private final ObservableList<WorkspaceEntry> entries = FXCollections.observableArrayList();
  private final ObservableList<WorkspaceEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
  private final ReadOnlyObjectWrapper<@Nullable Flow> currentFlow = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<@Nullable Path> sourcePath = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<@Nullable SourceFormat> sourceFormat = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
  private final BooleanProperty nordTheme = new SimpleBooleanProperty(this, "nordTheme", false);
  private final BooleanProperty minimapShown = new SimpleBooleanProperty(this, "minimapShown", true);

  /** A view-model whose clipboard is private to it; tests that do not look at the clipboard use this. */
  public MainViewModel(FileDialogs files, Dialogs dialogs, RecentFiles recent) {
    this(files, dialogs, recent, new MemoryClipboard());
  }

  public MainViewModel(FileDialogs files, Dialogs dialogs, RecentFiles recent, TextClipboard clipboard) {
    this.edit = new EditCommands(document.getReadOnlyProperty(), clipboard);
    this.files = files;
    this.dialogs = dialogs;
    this.recent = recent;
    this.fileCommands = new FileCommands(this, files, dialogs, recent);
    this.tabCommands = new TabCommands(tabs, dialogs, this::save, () -> autosave);
    // every open tab is protected, not only the active one
    tabs.list().addListener((javafx.collections.ListChangeListener<DocumentViewModel>) change -> {
      Autosave saver = autosave;
      while (change.next() && saver != null) {
        change.getRemoved().forEach(gone -> saver.untrack(gone.flow().id()));
        change.getAddedSubList().forEach(added -> track(saver, added));
      }
    });
    // Save As can move the active tab out of the workspace, so its save target is watched too
    ObservableValue<SaveTarget> activeTarget = document.flatMap(DocumentViewModel::saveTargetProperty);
    runContext.bind(Bindings.createObjectBinding(() -> WorkspaceContext.of(workspace.get(), document.get()),
        workspace, document, activeTarget));
    follow(currentFlow, DocumentViewModel::flowProperty);
    follow(sourcePath, DocumentViewModel::sourcePathProperty);
    follow(sourceFormat, DocumentViewModel::sourceFormatProperty);
    document.addListener((obs, old, doc) -> {
      dirty.unbind();
      if (doc == null) {
        dirty.set(false);
      } else {
        dirty.bind(doc.dirtyProperty());
      }
    });
    title.bind(Bindings.createStringBinding(() -> WindowTexts.title(currentFlow.get(), dirty.get()),
        currentFlow, dirty));
    statusText.bind(Bindings.createStringBinding(() -> WindowTexts.status(currentFlow.get(), sourcePath.get(),
        sourceFormat.get(), workspace.get(), entries), currentFlow, sourcePath, sourceFormat, workspace, entries));
  }

  /** Makes {@code target} track one property of whichever document is open, or hold null. */
  private <T> void follow(ReadOnlyObjectWrapper<@Nullable T> target,
      Function<DocumentViewModel, ObservableValue<T>> property) {
    document.addListener((obs, old, doc) -> {
      target.unbind();
      if (doc == null) {
        target.set(null);
      } else {
        target.bind(property.apply(doc));
      }
    });
  }

  // ---- commands -------------------------------------------------------------------------

  /** File › New: an empty flow, after asking about unsaved changes. */
  public void newFlow() {
    tabs.open(DocumentViewModel.created(Flow.create(UUID.randomUUID().toString(), NEW_FLOW_NAME)));
  }

  public void openFileChosen() {
    files.chooseFlowFile("Open Flow File").ifPresent(this::openFile);
  }

  public void openWorkspaceChosen() {
    files.chooseFolder("Open Workspace").ifPresent(this::openWorkspace);
  }

  /** Opens what a start-up argument or a recent entry names: a folder as a workspace, else a flow file. */
  public boolean openPath(Path path) {
    return Files.isDirectory(path) ? openWorkspace(path) : openFile(path);
  }

  /**
   * Opens a flow file in any format. A one-flow canonical file is saved back in place; a file
   * with several flows is imported (see {@link FileCommands#openOrImport}).
   */
  public boolean openFile(Path file) {
    return fileCommands.openOrImport(file, true);
  }

  /**
   * Files dropped on the window: the first one opens as {@link #openPath} would (a folder as a
   * workspace); dropping several says that only one opens at a time.
   */
  public boolean openDropped(List<Path> paths) {
    if (paths.isEmpty()) {
      return false;
    }
    if (paths.size() > 1) {
      dialogs.showError("One file at a time", "Drop one flow file or one workspace folder; "
          + paths.size() + " were dropped. To bring several flows in, use File › Import on a bundle or folder.");
      return false;
    }
    return openPath(paths.get(0));
  }

  public void importChosen() {
    files.chooseFlowFile("Import Flows").ifPresent(this::importFile);
  }

  /** Brings the flows of any file or template folder in without tying the document to that file. */
  public boolean importFile(Path source) {
    return fileCommands.openOrImport(source, false);
  }

  /**
   * Opens a workspace folder. A directus-template-cli folder is imported instead; any other
   * folder may become a new workspace if the user agrees.
   */
  public boolean openWorkspace(Path dir) {
    return fileCommands.openWorkspace(dir);
  }

  /**
   * Start page › Open the sample workspace: the shipped examples with their tests and seeded
   * data, created in {@code dir} the first time and opened from there afterwards (so edits stay).
   */
  public boolean openSampleWorkspace(Path dir) {
    if (!WorkspaceFolder.isWorkspace(dir)) {
      try {
        dev.flowsmith.workspace.SampleWorkspace.create(dir);
      } catch (IOException | FlowFormatException failed) {
        return fail("Cannot create the sample workspace", failed);
      }
    }
    return openWorkspace(dir);
  }

  /** A click in the workspace list: open that flow, or show why the file is broken. */
  public void openEntry(WorkspaceEntry entry) {
    if (entry instanceof ProblemEntry problem) {
      dialogs.showError("Broken flow file", problem.message());
      return;
    }
    FlowEntry flowEntry = (FlowEntry) entry;
    tabs.withFile(flowEntry.file()).ifPresentOrElse(tabs::activate, () -> tabs.open(workspaceDocument(flowEntry)));
  }

  /** File › Recent; an entry whose file has gone is reported and dropped from the list. */
  public void openRecent(RecentEntry entry) {
    fileCommands.openRecent(entry);
  }

  public void clearRecent() {
    recent.clear();
  }

  public boolean save() {
    return fileCommands.save();
  }

  public boolean saveAs() {
    return fileCommands.saveAs();
  }

  public void exportChosen() {
    fileCommands.exportChosen();
  }

  /** Writes the open flow in {@code format} to {@code target} (a folder for a template). */
  public boolean export(TargetFormat format, Path target) {
    DocumentViewModel doc = document.get();
    return doc != null && fileCommands.export(doc.flow(), format, target);
  }

  /**
   * Asks what to do with the active tab's unsaved changes (before a push replaces its file).
   * True means go ahead (nothing unsaved, saved, or discarded).
   */
  public boolean confirmLeave() {
    DocumentViewModel doc = document.get();
    return doc == null || confirmLeave(doc);
  }

  private boolean confirmLeave(DocumentViewModel doc) {
    return tabCommands.confirmLeave(doc);
  }

  /** Quitting: asks about every dirty tab in turn; Cancel on any one stops the quit. */
  public boolean confirmQuit() {
    return tabCommands.confirmAll(List.copyOf(tabs.list()));
  }

  /** File › Close, Ctrl+W, a tab's ×: closes the tab after asking about its unsaved changes. */
  public boolean close(DocumentViewModel doc) {
    return tabCommands.close(doc);
  }

  /** File › Close on the active tab. */
  public boolean closeActive() {
    DocumentViewModel doc = document.get();
    return doc != null && close(doc);
  }

  /** Makes an open tab the active one (a click on it). */
  public void activate(DocumentViewModel doc) {
    tabCommands.activate(doc);
  }

  /** A tab dragged to another place: the open tabs in their new order (Ctrl+Tab follows it). */
  public void reorderTabs(List<DocumentViewModel> order) {
    tabCommands.reorder(order);
  }

  /** View › Next Tab (Ctrl+Tab, Ctrl+PageDown). */
  public void nextTab() {
    tabCommands.cycle(1);
  }

  /** View › Previous Tab (Ctrl+Shift+Tab, Ctrl+PageUp). */
  public void previousTab() {
    tabCommands.cycle(-1);
  }

  /**
   * Before another workspace opens: the tabs of the current one are closed (asking about each
   * dirty one), because they save into it; tabs of files outside any workspace stay open.
   */
  boolean closeWorkspaceTabs() {
    WorkspaceFolder ws = workspace.get();
    if (ws == null) {
      return true;
    }
    return tabCommands.closeAll(doc -> WorkspaceContext.belongs(ws, doc));
  }

  /**
   * Reads the open workspace again after something else wrote its files (a pull from a server).
   * The open flow is reloaded when {@code changedFlowIds} holds it; with unsaved edits the user
   * is asked first, and keeping them leaves the document as it is (Save then overwrites the
   * pulled file). A workspace that cannot be read again is reported and left as it was.
   *
   * @return true when the open document now shows the file's new content
   */
  public boolean reloadWorkspace(java.util.Set<String> changedFlowIds) {
    return reloadWorkspace(changedFlowIds, "Reload pulled flow", "the pull wrote the server's version to its file",
        "Reload the pulled version?");
  }

  /**
   * Like {@link #reloadWorkspace(java.util.Set)}, for any writer of the files (the MCP server, an
   * editor): {@code title}, {@code whatHappened} and {@code question} word the dialog shown when the
   * open flow has unsaved edits.
   */
  public boolean reloadWorkspace(java.util.Set<String> changedFlowIds, String title, String whatHappened,
      String question) {
    WorkspaceFolder ws = workspace.get();
    if (ws == null) {
      return false;
    }
    WorkspaceFolder fresh;
    try {
      fresh = WorkspaceFolder.open(ws.root());
    } catch (IOException | FlowFormatException failed) {
      fail("Cannot read the workspace again", failed);
      return false;
    }
    DocumentViewModel active = document.get();
    workspace.set(fresh);
    refreshEntries();
    boolean activeReloaded = false;
    for (DocumentViewModel doc : List.copyOf(tabs.list())) {
      if (!changedFlowIds.contains(doc.flow().id()) || !WorkspaceContext.belongs(fresh, doc)) {
        continue;
      }
      FlowEntry entry = entries.stream().filter(FlowEntry.class::isInstance).map(FlowEntry.class::cast)
          .filter(e -> e.flowId().equals(doc.flow().id())).findFirst().orElse(null);
      if (entry == null) {
        continue;
      }
      if (doc.isDirty() && !dialogs.confirm(title, "“" + doc.flow().name() + "” has unsaved edits, "
          + "and " + whatHappened + ".\n" + question + " Your unsaved edits "
          + "are lost. Cancel keeps them open, unsaved.")) {
        continue;
      }
      tabs.replace(doc, workspaceDocument(entry));
      activeReloaded |= doc == active;
    }
    return activeReloaded;
  }

  // ---- crash protection ------------------------------------------------------------------

  /** Protects unsaved work with {@code saver}; the window calls {@link #autosaveTick()} on a timer. */
  public void enableAutosave(Autosave saver) {
    autosave = saver;
    tabs.list().forEach(doc -> track(saver, doc));
  }

  private static void track(Autosave saver, DocumentViewModel doc) {
    saver.track(doc.flow().id(), doc::flow, doc::isDirty, () -> doc.sourcePathProperty().get());
  }

  /** The window is closing after the user answered about unsaved work: nothing is left to recover. */
  public void closing() {
    Autosave saver = autosave;
    if (saver != null) {
      tabs.list().forEach(doc -> saver.untrack(doc.flow().id()));
    }
  }

  /** Writes the open document if it has unsaved changes; problems are reported, never thrown. */
  public List<String> autosaveTick() {
    Autosave saver = autosave;
    return saver == null ? List.of() : saver.tick();
  }

  /**
   * Offers to bring back work a crashed session left unsaved (newest first). The recovered flow
   * opens as an unsaved change of its file (or as a new flow), so Save or Discard decides.
   *
   * @return true when a flow was recovered
   */
  public boolean recoverAutosaved() {
    Autosave saver = autosave;
    if (saver == null) {
      return false;
    }
    List<Autosave.Recovered> pending = new ArrayList<>(saver.pending());
    java.util.Collections.reverse(pending);
    for (Autosave.Recovered found : pending) {
      Flow flow = found.flow();
      if (flow == null) {
        dialogs.showError("Unsaved work could not be recovered", found.problem() == null ? found.file().toString()
            : found.problem());
        discard(saver, found);
        continue;
      }
      String where = found.originalPath() == null ? "a new flow" : found.originalPath().toString();
      boolean wanted = dialogs.confirm("Recover unsaved work", "“" + flow.name() + "” (" + where
          + ") has changes from " + readableTime(found.savedAt(), java.time.ZoneId.systemDefault()) + " that were not saved when Flowsmith last closed.\n"
          + "Recover them? They open as unsaved changes; Cancel deletes them.");
      discard(saver, found);
      if (wanted && openRecovered(found, flow)) {
        return true;
      }
    }
    return false;
  }

  private boolean openRecovered(Autosave.Recovered found, Flow flow) {
    Path original = found.originalPath();
    if (original != null && Files.isRegularFile(original) && openFile(original)) {
      DocumentViewModel doc = document.get();
      if (doc != null && doc.flow().id().equals(flow.id())) {
        doc.update("Recover unsaved changes", flow);
        return true;
      }
    }
    tabs.open(DocumentViewModel.unsaved(flow));
    return true;
  }

  private void discard(Autosave saver, Autosave.Recovered found) {
    try {
      saver.discard(found);
    } catch (IOException failed) {
      dialogs.showError("Could not delete an autosave file", FlowFiles.describe(failed));
    }
  }

  // ---- used by FileCommands --------------------------------------------------------------

  /** Opens {@code doc} in a new tab, or activates the tab that already shows its file. */
  void show(DocumentViewModel doc) {
    tabs.open(doc);
  }

  /** Opens {@code doc} over a clean tab of the same file (an import rewrote it); a dirty one is asked about. */
  boolean showFresh(DocumentViewModel doc) {
    DocumentViewModel old = tabs.withFile(doc.sourcePathProperty().get()).orElse(null);
    if (old == null) {
      tabs.open(doc);
      return true;
    }
    if (!confirmLeave(old)) {
      return false;
    }
    tabs.replace(old, doc);
    return true;
  }

  /** Switches to {@code ws} and opens its first flow in a tab, if it has a readable one. */
  void showWorkspace(WorkspaceFolder ws) {
    workspace.set(ws);
    refreshEntries();
    entries.stream().filter(FlowEntry.class::isInstance).map(FlowEntry.class::cast).findFirst()
        .map(this::workspaceDocument).ifPresent(tabs::open);
  }

  /**
   * Told after a save rewrote tests that named renamed operation keys (the Tests view reloads).
   */
  public void setOnTestsRewritten(java.util.function.Consumer<List<TestKeyRenames.Change>> listener) {
    this.onTestsRewritten = listener;
  }

  void testsRewritten(List<TestKeyRenames.Change> changes) {
    onTestsRewritten.accept(changes);
  }

  boolean fail(String title, Exception failure) {
    String message = failure instanceof IOException io ? FlowFiles.describe(io) : failure.getMessage();
    dialogs.showError(title, message);
    return false;
  }

  /** Re-reads the list from the workspace object after it saved or imported flows. */
  void refreshEntries() {
    WorkspaceFolder ws = workspace.get();
    List<WorkspaceEntry> rows = new ArrayList<>();
    if (ws != null) {
      for (Flow flow : ws.flows()) {
        rows.add(new FlowEntry(flow.id(), flow.name(), ws.fileOf(flow.id()).orElseThrow(), flow.operations().size(),
            flow.icon(), flow.color()));
      }
      for (FlowFormatException problem : ws.problems()) {
        String source = problem.source();
        rows.add(new ProblemEntry(Path.of(source == null ? "?" : source), problem.getMessage()));
      }
    }
    entries.setAll(rows);
  }

  DocumentViewModel workspaceDocument(FlowEntry entry) {
    Flow flow = workspace.get().flow(entry.flowId()).orElseThrow();
    return DocumentViewModel.opened(flow, entry.file(), SourceFormat.CANONICAL, SaveTarget.workspace(entry.file()));
  }

  // ---- read-only state -------------------------------------------------------------------

  public ReadOnlyObjectProperty<@Nullable DocumentViewModel> documentProperty() {
    return document.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable WorkspaceFolder> workspaceProperty() {
    return workspace.getReadOnlyProperty();
  }

  /** The open tabs, in order. */
  public ObservableList<DocumentViewModel> documents() {
    return tabs.list();
  }

  /**
   * The workspace the active tab runs in: the open workspace while the active tab is one of its
   * flows (or no tab is open), null — the scratch workspace — for a flow file from outside it.
   * The runtime, Live Triggers, schedules and the workspace views follow this, never a workspace
   * the active flow does not belong to.
   */
  public ReadOnlyObjectProperty<@Nullable WorkspaceFolder> runContextProperty() {
    return runContext.getReadOnlyProperty();
  }

  /** Whether the active tab is a flow file from outside the open workspace (the sidebar says so). */
  public javafx.beans.binding.BooleanBinding activeOutsideWorkspace() {
    return workspace.isNotNull().and(runContext.isNull());
  }

  /** The workspace list: its flows in file-name order, then the files that failed to read. */
  public ObservableList<WorkspaceEntry> workspaceEntries() {
    return entriesView;
  }

  public ObservableList<RecentEntry> recentEntries() {
    return recent.entries();
  }

  public ReadOnlyObjectProperty<@Nullable Flow> currentFlowProperty() {
    return currentFlow.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable Path> sourcePathProperty() {
    return sourcePath.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable SourceFormat> sourceFormatProperty() {
    return sourceFormat.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusTextProperty() {
    return statusText.getReadOnlyProperty();
  }

  public BooleanBinding hasDocument() {
    return document.isNotNull();
  }

  /** The Edit menu's commands, on whichever document is open. */
  public EditCommands edit() {
    return edit;
  }

  /** The theme choice of the View menu; the window applies it. */
  /** "7 Dec 2026, 10:38:15" in the user's zone: a recovery question names a time a person reads. */
  static String readableTime(java.time.Instant when, java.time.ZoneId zone) {
    return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", java.util.Locale.ENGLISH)
        .withZone(zone).format(when);
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  /** View › Nord Colours: AtlantaFX's Nord palette (light or dark) instead of Primer. */
  public BooleanProperty nordThemeProperty() {
    return nordTheme;
  }

  /** View › Minimap: whether the canvas may show its minimap. */
  public BooleanProperty minimapShownProperty() {
    return minimapShown;
  }
}
