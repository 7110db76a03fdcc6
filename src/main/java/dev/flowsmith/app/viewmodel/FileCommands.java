package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.flowtest.TestKeyRenames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Open, import, save and export for {@link MainViewModel}, kept apart so each class stays small. */
final class FileCommands {

  private final MainViewModel main;
  private final FileDialogs files;
  private final Dialogs dialogs;
  private final RecentFiles recent;

  FileCommands(MainViewModel main, FileDialogs files, Dialogs dialogs, RecentFiles recent) {
    this.main = main;
    this.files = files;
    this.dialogs = dialogs;
    this.recent = recent;
  }

  /**
   * Reads {@code path} and makes its flow the open document. With {@code open} (File › Open) a
   * one-flow canonical file stays the flow's home; otherwise, and for any file holding several
   * flows, the flows are imported: copied into the open workspace, or — without one — the user
   * picks one, which opens unsaved-to-anywhere (its source file still holds it, so it is clean).
   */
  boolean openOrImport(Path path, boolean open) {
    FlowDocument read;
    try {
      read = FlowFiles.read(path);
    } catch (FlowFormatException failed) {
      return main.fail(open ? "Cannot open flow" : "Cannot import", failed);
    }
    List<Flow> flows = read.flows();
    if (flows.isEmpty()) {
      dialogs.showError(open ? "Cannot open flow" : "Cannot import", path + ": holds no flows");
      return false;
    }
    WorkspaceFolder ws = main.workspaceProperty().get();
    boolean single = flows.size() == 1;
    if (ws != null && !(open && single)) {
      return importIntoWorkspace(ws, flows);
    }
    Optional<Flow> chosen = single ? Optional.of(flows.get(0))
        : dialogs.chooseFlow(path.getFileName() + " holds " + flows.size() + " flows", flows);
    if (chosen.isEmpty()) {
      return false;
    }
    boolean ownFile = open && single && read.format() == SourceFormat.CANONICAL;
    main.show(DocumentViewModel.opened(chosen.get(), path, read.format(),
        ownFile ? SaveTarget.file(path) : SaveTarget.NONE));
    if (open) {
      recent.add(path, RecentEntry.Kind.FILE);
    }
    return true;
  }

  /** Saves every flow into the workspace (after asking before replacing any) and opens the first. */
  private boolean importIntoWorkspace(WorkspaceFolder ws, List<Flow> flows) {
    // named as the workspace has them: that is the version the user would lose
    List<String> replaced = flows.stream().flatMap(f -> ws.flow(f.id()).stream()).map(Flow::name).toList();
    if (!replaced.isEmpty() && !dialogs.confirm("Replace flows",
        "Already in the workspace (same id): " + String.join(", ", replaced)
            + ".\nReplace them with the imported version?")) {
      return false;
    }
    List<Path> written = new ArrayList<>();
    try {
      for (Flow flow : flows) {
        written.add(ws.saveFlow(flow));
      }
    } catch (IOException failed) {
      main.refreshEntries();
      return main.fail("Import stopped after " + WindowTexts.count(written.size(), "flow"), failed);
    }
    main.refreshEntries();
    Path first = written.get(0);
    return main.showFresh(DocumentViewModel.opened(flows.get(0), first, SourceFormat.CANONICAL,
        SaveTarget.workspace(first)));
  }

  /**
   * Opens a workspace folder. A directus-template-cli folder is imported instead; any other
   * folder may become a new workspace if the user agrees. An existing workspace is read before
   * anything is asked, so a broken workspace.json leaves everything as it was.
   */
  boolean openWorkspace(Path dir) {
    boolean exists = WorkspaceFolder.isWorkspace(dir);
    if (!exists && FlowReader.isFlowFolder(dir)) {
      return openOrImport(dir, false);
    }
    WorkspaceFolder opened = null;
    if (exists) {
      try {
        opened = WorkspaceFolder.open(dir);
      } catch (FlowFormatException | IOException failed) {
        return main.fail("Cannot open workspace", failed);
      }
    } else if (!dialogs.confirm("Create workspace", dir + " is not a Flowsmith workspace.\n"
        + "Create one there (a flows/ folder and workspace.json)?")) {
      return false;
    }
    if (!main.closeWorkspaceTabs()) {
      return false;
    }
    if (opened == null) {
      try {
        opened = WorkspaceFolder.create(dir);
      } catch (FlowFormatException | IOException failed) {
        return main.fail("Cannot create workspace", failed);
      }
    }
    main.showWorkspace(opened);
    recent.add(dir, RecentEntry.Kind.WORKSPACE);
    return true;
  }

  void openRecent(RecentEntry entry) {
    if (!Files.exists(entry.path())) {
      recent.remove(entry.path());
      dialogs.showError("Cannot open", entry.path() + ": no longer exists; it was removed from the recent list");
    } else if (entry.kind() == RecentEntry.Kind.WORKSPACE) {
      openWorkspace(entry.path());
    } else {
      openOrImport(entry.path(), true);
    }
  }

  /** Saves where the document belongs: its workspace file, its own file, the open workspace, or Save As. */
  boolean save() {
    DocumentViewModel doc = main.documentProperty().get();
    if (doc == null) {
      return false;
    }
    WorkspaceFolder ws = main.workspaceProperty().get();
    SaveTarget target = doc.saveTarget();
    try {
      if (target.kind() == SaveTarget.Kind.FILE) {
        FlowFiles.writeCanonical(target.file(), doc.flow());
        doc.markSaved(target.file(), target);
      } else if (ws != null) {
        Flow before = ws.flow(doc.flow().id()).orElse(null);
        Path file = ws.saveFlow(doc.flow());
        doc.markSaved(file, SaveTarget.workspace(file));
        main.refreshEntries();
        followKeyRenames(ws, before, doc.flow());
      } else {
        return saveAs();
      }
      return true;
    } catch (IOException failed) {
      return main.fail("Cannot save", failed);
    }
  }

  /**
   * The keys renamed since the flow was last saved (matched by operation id) follow into the
   * workspace's tests of the flow. Comparing saved versions, not edits, keeps this right through
   * undo and redo: a rename undone before the save renames nothing, and saving after undoing a saved
   * rename renames the tests back. A test that cannot be rewritten does not undo the save.
   */
  private void followKeyRenames(WorkspaceFolder ws, @org.jspecify.annotations.Nullable Flow before, Flow after) {
    if (before == null) {
      return;
    }
    java.util.Map<String, String> renames = new java.util.LinkedHashMap<>();
    for (dev.flowsmith.model.Operation op : after.operations()) {
      before.operationById(op.id()).filter(old -> !old.key().equals(op.key()))
          .ifPresent(old -> renames.put(old.key(), op.key()));
    }
    if (renames.isEmpty()) {
      return;
    }
    try {
      List<TestKeyRenames.Change> changes = TestKeyRenames.renameAll(ws.root(), after.id(), renames);
      if (!changes.isEmpty()) {
        main.testsRewritten(changes);
      }
    } catch (IOException failed) {
      main.fail("Saved, but the tests naming the renamed keys could not be updated", failed);
    }
  }

  /** Writes a canonical flow file chosen by the user; that file becomes the flow's home. */
  boolean saveAs() {
    DocumentViewModel doc = main.documentProperty().get();
    if (doc == null) {
      return false;
    }
    Optional<Path> chosen = files.chooseSaveFile("Save Flow As", FlowFiles.baseName(doc.flow()) + ".json");
    if (chosen.isEmpty()) {
      return false;
    }
    Path file = chosen.get();
    try {
      FlowFiles.writeCanonical(file, doc.flow());
    } catch (IOException failed) {
      return main.fail("Cannot save", failed);
    }
    doc.markSaved(file, SaveTarget.file(file));
    recent.add(file, RecentEntry.Kind.FILE);
    return true;
  }

  void exportChosen() {
    DocumentViewModel doc = main.documentProperty().get();
    if (doc == null) {
      return;
    }
    Optional<TargetFormat> format = dialogs.chooseExportFormat(List.of(TargetFormat.values()));
    if (format.isEmpty()) {
      return;
    }
    String base = FlowFiles.baseName(doc.flow());
    Optional<Path> target = FlowFiles.writesFolder(format.get())
        ? files.chooseFolder("Export as " + format.get().description())
        : files.chooseSaveFile("Export as " + format.get().description(), base + suffix(format.get()) + ".json");
    target.ifPresent(path -> export(doc.flow(), format.get(), path));
  }

  /** Writes a copy; the document keeps its own home and dirty state (an export is not a save). */
  boolean export(Flow flow, TargetFormat format, Path target) {
    try {
      FlowFiles.export(List.of(flow), format, target);
      return true;
    } catch (IOException | RuntimeException failed) {
      return main.fail("Cannot export", failed);
    }
  }

  /** Keeps exports of one flow in several formats from overwriting each other in one folder. */
  private static String suffix(TargetFormat format) {
    return format == TargetFormat.CANONICAL ? "" : "." + format.id();
  }
}
