package dev.flowsmith.app.action;

import dev.flowsmith.app.viewmodel.CanvasCommands;
import dev.flowsmith.app.viewmodel.EditCommands;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.RunCommands;
import java.util.List;
import javafx.beans.binding.Bindings;

/** The actions of the main window and where they sit in the menu bar. */
public final class AppActions {

  public static final String NEW = "file.new";
  public static final String OPEN_FILE = "file.open";
  public static final String OPEN_WORKSPACE = "file.openWorkspace";
  public static final String OPEN_PATH = "file.openPath";
  public static final String WORKSPACE_SETTINGS = "file.workspaceSettings";
  public static final String IMPORT = "file.import";
  public static final String EXPORT = "file.export";
  public static final String CONNECT = "file.connect";
  public static final String SAVE = "file.save";
  public static final String SAVE_AS = "file.saveAs";
  public static final String CLEAR_RECENT = "file.clearRecent";
  public static final String QUIT = "file.quit";
  public static final String CLOSE = "file.close";
  public static final String START_PAGE = "file.startPage";
  public static final String NEXT_TAB = "view.nextTab";
  public static final String PREVIOUS_TAB = "view.previousTab";
  public static final String UNDO = "edit.undo";
  public static final String REDO = "edit.redo";
  public static final String CUT = "edit.cut";
  public static final String COPY = "edit.copy";
  public static final String PASTE = "edit.paste";
  public static final String DUPLICATE = "edit.duplicate";
  public static final String DELETE = "edit.delete";
  public static final String SELECT_ALL = "edit.selectAll";
  public static final String ADD_OPERATION = "edit.addOperation";
  public static final String AUTO_LAYOUT = "edit.autoLayout";
  public static final String COPY_FLOW_JSON = "edit.copyFlowJson";
  public static final String PASTE_FLOW_JSON = "edit.pasteFlowJson";
  public static final String ZOOM_IN = "view.zoomIn";
  public static final String ZOOM_OUT = "view.zoomOut";
  public static final String ZOOM_RESET = "view.zoomReset";
  public static final String ZOOM_FIT = "view.zoomFit";
  public static final String DARK_THEME = "view.darkTheme";
  public static final String NORD_THEME = "view.nordTheme";
  public static final String MINIMAP = "view.minimap";
  public static final String FOCUS_INSPECTOR = "view.focusInspector";
  public static final String RUN = "run.start";
  public static final String RUN_ON_SERVER = "run.onServer";
  public static final String RUN_CONTINUE = "run.continue";
  public static final String RUN_STEP = "run.step";
  public static final String RUN_STOP = "run.stop";
  public static final String TOGGLE_BREAKPOINT = "run.toggleBreakpoint";
  public static final String SHORTCUTS = "help.shortcuts";
  public static final String ABOUT = "help.about";
  /** Second keys of an action, bound by the window itself (an action has one accelerator): shown in Help › Keyboard Shortcuts. */
  public static final java.util.Map<String, String> ALSO_BOUND = java.util.Map.of(SHORTCUTS, "F1");

  /** Menu layout markers: a separator, and the place of the generated Recent submenu. */
  public static final String SEPARATOR = "-";
  public static final String RECENT_MENU = "file.recent";

  /** A top-level menu: its text and the action ids (or markers) it lists. */
  public record MenuSpec(String label, List<String> items) {}

  public static final List<MenuSpec> MENU_BAR = List.of(
      new MenuSpec("File", List.of(NEW, OPEN_FILE, OPEN_WORKSPACE, OPEN_PATH, RECENT_MENU, SEPARATOR, IMPORT, EXPORT,
          SEPARATOR, CONNECT, WORKSPACE_SETTINGS, SEPARATOR, SAVE, SAVE_AS, CLOSE, SEPARATOR, START_PAGE, SEPARATOR,
          QUIT)),
      new MenuSpec("Edit", List.of(UNDO, REDO, SEPARATOR, CUT, COPY, PASTE, DUPLICATE, DELETE, SEPARATOR,
          SELECT_ALL, ADD_OPERATION, AUTO_LAYOUT, SEPARATOR, COPY_FLOW_JSON, PASTE_FLOW_JSON)),
      new MenuSpec("View", List.of(ZOOM_IN, ZOOM_OUT, ZOOM_RESET, ZOOM_FIT, SEPARATOR, NEXT_TAB, PREVIOUS_TAB,
          SEPARATOR, MINIMAP, FOCUS_INSPECTOR, SEPARATOR, DARK_THEME, NORD_THEME)),
      new MenuSpec("Run", List.of(RUN, RUN_ON_SERVER, RUN_CONTINUE, RUN_STEP, RUN_STOP, SEPARATOR, TOGGLE_BREAKPOINT)),
      new MenuSpec("Help", List.of(SHORTCUTS, SEPARATOR, ABOUT)));

  private AppActions() {}

  /** File › Open Path… and File › Workspace Settings…, which need the window for their dialogs. */
  public static void registerWindowDialogs(ActionRegistry registry, Runnable openPath, Runnable workspaceSettings) {
    registry.register(OPEN_PATH, "Open Path…", "Shortcut+L", openPath);
    registry.register(WORKSPACE_SETTINGS, "Workspace Settings…", "Shortcut+Comma", workspaceSettings);
  }

  /**
   * Registers every action against {@code vm}. Quitting and the About box need the stage, so the
   * window passes them in; quit is expected to ask about unsaved changes itself. {@code connect}
   * opens File › Connect to Directus….
   */
  public static ActionRegistry create(MainViewModel vm, CanvasCommands canvas, RunCommands run, Runnable quit,
      Runnable about, Runnable connect) {
    return create(vm, canvas, run, quit, about, connect, () -> { });
  }

  /** As above; {@code startPage} shows File › Start Page. */
  public static ActionRegistry create(MainViewModel vm, CanvasCommands canvas, RunCommands run, Runnable quit,
      Runnable about, Runnable connect, Runnable startPage) {
    ActionRegistry registry = new ActionRegistry();
    registry.register(NEW, "New", "Shortcut+N", vm::newFlow);
    registry.register(OPEN_FILE, "Open File…", "Shortcut+O", vm::openFileChosen);
    registry.register(OPEN_WORKSPACE, "Open Workspace…", "Shortcut+Shift+O", vm::openWorkspaceChosen);
    registry.register(IMPORT, "Import…", "Shortcut+I", vm::importChosen);
    registry.register(EXPORT, "Export…", "Shortcut+E", vm.hasDocument(), vm::exportChosen);
    registry.register(CONNECT, "Connect to Directus…", "Shortcut+Shift+K", connect);
    registry.register(SAVE, "Save", "Shortcut+S", vm.hasDocument(), vm::save);
    registry.register(SAVE_AS, "Save As…", "Shortcut+Shift+S", vm.hasDocument(), vm::saveAs);
    registry.register(CLOSE, "Close", "Shortcut+W", vm.hasDocument(), vm::closeActive);
    registry.register(START_PAGE, "Start Page", null, startPage);
    // Ctrl+PageDown / Ctrl+PageUp are the window's second keys for these
    registry.register(NEXT_TAB, "Next Tab", "Ctrl+Tab", Bindings.size(vm.documents()).greaterThan(1), vm::nextTab);
    registry.register(PREVIOUS_TAB, "Previous Tab", "Ctrl+Shift+Tab", Bindings.size(vm.documents()).greaterThan(1),
        vm::previousTab);
    registry.register(CLEAR_RECENT, "Clear Recent", null, vm::clearRecent);
    registry.register(QUIT, "Quit", "Shortcut+Q", quit);
    EditCommands edit = vm.edit();
    registry.registerLabelled(UNDO, edit.undoLabel(), "Shortcut+Z", edit.canUndo(), edit::undo);
    registry.registerLabelled(REDO, edit.redoLabel(), "Shortcut+Shift+Z", edit.canRedo(), edit::redo);
    registry.register(CUT, "Cut", "Shortcut+X", edit.hasOperationSelection(), edit::cut);
    registry.register(COPY, "Copy", "Shortcut+C", edit.hasOperationSelection(), edit::copy);
    registry.register(PASTE, "Paste", "Shortcut+V", vm.hasDocument(), edit::paste);
    registry.register(DUPLICATE, "Duplicate", "Shortcut+D", edit.hasOperationSelection(), edit::duplicate);
    registry.register(DELETE, "Delete", "Delete", edit.hasOperationSelection(), edit::delete);
    registry.register(SELECT_ALL, "Select All", "Shortcut+A", vm.hasDocument(), edit::selectAll);
    registry.register(ADD_OPERATION, "Add Operation…", "Shortcut+Shift+A", vm.hasDocument(), canvas::addOperation);
    registry.register(AUTO_LAYOUT, "Tidy Layout", "Shortcut+Shift+L", vm.hasDocument(), edit::autoLayout);
    registry.register(COPY_FLOW_JSON, "Copy Flow as JSON", "Shortcut+Shift+C", vm.hasDocument(), edit::copyFlowJson);
    registry.register(PASTE_FLOW_JSON, "Replace Flow from Clipboard JSON", null, vm.hasDocument(),
        edit::pasteFlowJson);
    registry.register(ZOOM_IN, "Zoom In", "Shortcut+Equals", vm.hasDocument(), canvas::zoomIn);
    registry.register(ZOOM_OUT, "Zoom Out", "Shortcut+Minus", vm.hasDocument(), canvas::zoomOut);
    registry.register(ZOOM_RESET, "Actual Size", "Shortcut+0", vm.hasDocument(), canvas::zoomReset);
    registry.register(ZOOM_FIT, "Zoom to Fit", "Shortcut+1", vm.hasDocument(), canvas::zoomToFit);
    registry.register(RUN, "Run…", "F5", vm.hasDocument().and(run.canRun()), run::run);
    registry.register(RUN_ON_SERVER, "Run on Server…", "Shift+F6",
        vm.hasDocument().and(run.canRun()).and(run.serverRunning().not()), run::runOnServer);
    registry.register(RUN_CONTINUE, "Continue", "F8", run.paused(), run::continueRun);
    registry.register(RUN_STEP, "Step to Next Operation", "F10", run.paused(), run::stepToNext);
    registry.register(RUN_STOP, "Stop", "Shift+F5", run.running(), run::stop);
    registry.register(TOGGLE_BREAKPOINT, "Toggle Breakpoint", "F9", edit.hasOperationSelection(),
        run::toggleBreakpoint);
    registry.registerToggle(DARK_THEME, "Dark Theme", null, vm.darkThemeProperty());
    registry.registerToggle(NORD_THEME, "Nord Colours", null, vm.nordThemeProperty());
    registry.registerToggle(MINIMAP, "Minimap", null, vm.minimapShownProperty());
    registry.register(SHORTCUTS, "Keyboard Shortcuts…", "Shortcut+Slash",
        () -> ShortcutsDialog.show(registry));
    registry.registerToggle(FOCUS_INSPECTOR, "Focus Inspector", "Shortcut+Shift+I", run.inspectorFocused());
    registry.register(ABOUT, "About Flowsmith", null, about);
    return registry;
  }
}
