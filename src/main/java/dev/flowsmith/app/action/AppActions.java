package dev.flowsmith.app.action;

import dev.flowsmith.app.viewmodel.MainViewModel;
import java.util.List;

/** The actions of the main window and where they sit in the menu bar. */
public final class AppActions {

  public static final String NEW = "file.new";
  public static final String OPEN_FILE = "file.open";
  public static final String OPEN_WORKSPACE = "file.openWorkspace";
  public static final String IMPORT = "file.import";
  public static final String EXPORT = "file.export";
  public static final String SAVE = "file.save";
  public static final String SAVE_AS = "file.saveAs";
  public static final String CLEAR_RECENT = "file.clearRecent";
  public static final String QUIT = "file.quit";
  public static final String DARK_THEME = "view.darkTheme";
  public static final String ABOUT = "help.about";

  /** Menu layout markers: a separator, and the place of the generated Recent submenu. */
  public static final String SEPARATOR = "-";
  public static final String RECENT_MENU = "file.recent";

  /** A top-level menu: its text and the action ids (or markers) it lists. */
  public record MenuSpec(String label, List<String> items) {}

  public static final List<MenuSpec> MENU_BAR = List.of(
      new MenuSpec("File", List.of(NEW, OPEN_FILE, OPEN_WORKSPACE, RECENT_MENU, SEPARATOR, IMPORT, EXPORT,
          SEPARATOR, SAVE, SAVE_AS, SEPARATOR, QUIT)),
      new MenuSpec("View", List.of(DARK_THEME)),
      new MenuSpec("Help", List.of(ABOUT)));

  private AppActions() {}

  /**
   * Registers every action against {@code vm}. Quitting and the About box need the stage, so the
   * window passes them in; quit is expected to ask about unsaved changes itself.
   */
  public static ActionRegistry create(MainViewModel vm, Runnable quit, Runnable about) {
    ActionRegistry registry = new ActionRegistry();
    registry.register(NEW, "New", "Shortcut+N", vm::newFlow);
    registry.register(OPEN_FILE, "Open File…", "Shortcut+O", vm::openFileChosen);
    registry.register(OPEN_WORKSPACE, "Open Workspace…", "Shortcut+Shift+O", vm::openWorkspaceChosen);
    registry.register(IMPORT, "Import…", "Shortcut+I", vm::importChosen);
    registry.register(EXPORT, "Export…", "Shortcut+E", vm.hasDocument(), vm::exportChosen);
    registry.register(SAVE, "Save", "Shortcut+S", vm.hasDocument(), vm::save);
    registry.register(SAVE_AS, "Save As…", "Shortcut+Shift+S", vm.hasDocument(), vm::saveAs);
    registry.register(CLEAR_RECENT, "Clear Recent", null, vm::clearRecent);
    registry.register(QUIT, "Quit", "Shortcut+Q", quit);
    registry.registerToggle(DARK_THEME, "Dark Theme", null, vm.darkThemeProperty());
    registry.register(ABOUT, "About Flowsmith", null, about);
    return registry;
  }
}
