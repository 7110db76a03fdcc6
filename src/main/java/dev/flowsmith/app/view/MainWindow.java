package dev.flowsmith.app.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.action.ActionRegistry;
import dev.flowsmith.app.action.AppActions;
import dev.flowsmith.app.panel.SidePanel;
import dev.flowsmith.app.run.RecentPayloads;
import dev.flowsmith.app.run.RunController;
import dev.flowsmith.app.run.RunPanel;
import dev.flowsmith.app.run.ServerRunController;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.runtime.ConsoleLog;
import dev.flowsmith.app.server.ServerView;
import dev.flowsmith.app.server.ServerViewModel;
import dev.flowsmith.app.settings.OpenPathDialog;
import dev.flowsmith.app.settings.WorkspaceSettingsDialog;
import dev.flowsmith.app.settings.WorkspaceSettingsModel;
import dev.flowsmith.app.viewmodel.CollectionNames;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.UserSettings;
import dev.flowsmith.app.window.WindowMemory;
import dev.flowsmith.app.workspaceview.WorkspaceFileWatcher;
import dev.flowsmith.app.workspaceview.WorkspaceViews;
import dev.flowsmith.app.workspaceview.WorkspaceWatch;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.WebhookServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The main window: menu bar, workspace list on the left, canvas in the centre, status bar at
 * the bottom. It only binds to the {@link MainViewModel}; all behaviour lives there.
 */
public final class MainWindow {

  public static final String STYLESHEET = "/dev/flowsmith/app/flowsmith.css";
  static final double WIDTH = 1200;
  static final double HEIGHT = 760;
  /** Under the config folder: where flow files opened alone are run. */
  static final String SCRATCH_WORKSPACE = "scratch-workspace";
  /** Where the canvas/bottom divider moves to when a run starts, at most. */
  private static final double RUN_DIVIDER = 0.42;
  static final String DARK_SETTING = "theme.dark";
  static final String NORD_SETTING = "theme.nord";
  static final String MINIMAP_SETTING = "view.minimap";
  /** Under the config folder: the sample workspace the start page creates and opens. */
  static final String SAMPLE_WORKSPACE = "sample-workspace";

  private final Stage stage;
  private final MainViewModel vm;
  private final ActionRegistry actions;
  private final Scene scene;
  private final EditorArea editorArea;
  private final AppRuntime runtime;
  private final RunArea runArea;
  private final ServerArea serverArea;
  private final TabPane bottomTabs = new TabPane();
  private @Nullable WorkspaceViews workspaceViews;
  private final TestsArea testsArea;
  private final WorkspaceWatch fileWatch;
  private final UserSettings settings;
  private final WindowMemory memory;
  private final DocumentTabs documentTabs;
  private final StartPage startPage;
  /** File › Start Page while tabs are open; any tab becoming active hides it again. */
  private final javafx.beans.property.BooleanProperty startPageAsked = new javafx.beans.property.SimpleBooleanProperty();
  private java.util.function.Consumer<String> showDocument = url -> { };
  private final javafx.beans.property.ObjectProperty<@Nullable WorkspaceFolder> runtimeContext =
      new javafx.beans.property.SimpleObjectProperty<>();

  /**
   * @param configDir the app's settings folder: recent payloads, and the scratch workspace lone
   *     flow files run in
   */
  public MainWindow(Stage stage, MainViewModel vm, Path configDir, Runnable about) {
    this.stage = stage;
    this.vm = vm;
    runtimeContext.set(vm.runContextProperty().get());
    this.settings = UserSettings.load(configDir);
    this.memory = new WindowMemory(stage, settings);
    this.editorArea = new EditorArea(vm.documentProperty());
    // the runtime follows the active tab: a flow file from outside the workspace runs in the scratch one;
    // while a run is going in some tab the switch waits, so the run keeps its workspace
    this.runtime = new AppRuntime(runtimeContext, configDir.resolve(SCRATCH_WORKSPACE),
        new ConsoleLog(Clock.systemDefaultZone()));
    this.serverArea = new ServerArea(vm, configDir, stage);
    this.fileWatch = new WorkspaceWatch(vm, javafx.application.Platform::runLater, WorkspaceFileWatcher.SETTLE);
    this.runArea = new RunArea(runtime, RecentPayloads.load(configDir), vm.documentProperty(), vm.documents(),
        editorArea.canvasState(), new FxClipboard(), stage, serverArea::connection);
    vm.runContextProperty().addListener((obs, old, now) -> followRunContext());
    runArea.setOnRunEnded(this::followRunContext);
    this.actions = AppActions.create(vm, editorArea, runArea, this::quit, about, serverArea::connect,
        () -> startPageAsked.set(true));
    this.documentTabs = new DocumentTabs(vm);
    this.startPage = new StartPage(vm, () -> vm.openSampleWorkspace(configDir.resolve(SAMPLE_WORKSPACE)),
        this::openDocs);
    vm.documentProperty().addListener((obs, old, doc) -> startPageAsked.set(false));
    startPage.visibleProperty().bind(startPageAsked.or(javafx.beans.binding.Bindings.isEmpty(vm.documents())));
    AppActions.registerWindowDialogs(actions, this::openPath, this::workspaceSettings);

    BorderPane root = new BorderPane();
    root.getStyleClass().add("main-window");
    // e.g. the port-in-use message of Live Triggers links here
    root.addEventHandler(WorkspaceSettingsDialog.OPEN_REQUEST, e -> workspaceSettings());
    root.setTop(MenuBarBuilder.build(actions, AppActions.MENU_BAR, vm.recentEntries(), vm::openRecent));
    root.setLeft(new WorkspacePanel(vm));
    ProblemsPanel problems = new ProblemsPanel(editorArea.canvasState().problems(), editorArea::reveal);
    Tab run = new Tab("Run");
    run.contentProperty().bind(runArea.panelProperty());
    run.setId("run-tab");
    HistoryArea history = new HistoryArea(runtime, vm.documentProperty(), bottomTabs, record -> {
      runArea.show(record);
      bottomTabs.getSelectionModel().select(run);
    });
    runArea.setOnServerCompare(history::compare);
    testsArea = new TestsArea(vm, editorArea.canvasState(), result -> {
      runArea.showTestFailure(result);
      bottomTabs.getSelectionModel().select(run);
    }, stage);
    history.setOnSaveAsTest(record -> testsArea.saveAsTest(record, history::notice));
    new DesktopNotices(stage, vm, runtime, testsArea.model(), () -> bottomTabs.getSelectionModel().select(history.tab()));
    // the workspace views open the runtime, so they are built when their tab is first shown
    Tab workspaceTab = new Tab("Workspace");
    workspaceTab.setId("workspace-tab");
    workspaceTab.setOnSelectionChanged(event -> {
      if (workspaceTab.isSelected() && workspaceViews == null) {
        workspaceViews = new WorkspaceViews(runtime);
        workspaceTab.setContent(workspaceViews);
      }
    });
    bottomTabs.getTabs().addAll(problems, run, history.tab(), testsArea.tab(), workspaceTab, serverArea.tab());
    bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    bottomTabs.setId("bottom-tabs");
    javafx.scene.layout.VBox.setVgrow(editorArea, Priority.ALWAYS);
    javafx.scene.layout.VBox editorColumn = new javafx.scene.layout.VBox(documentTabs, editorArea);
    javafx.scene.layout.StackPane editorStack = new javafx.scene.layout.StackPane(editorColumn, startPage);
    editorColumn.visibleProperty().bind(startPage.visibleProperty().not());
    SplitPane centre = new SplitPane(editorStack, bottomTabs);
    centre.setOrientation(Orientation.VERTICAL);
    centre.setDividerPositions(0.64);
    // a run brings its panel to the front, with room for the step list and the inspector
    runArea.running().addListener((obs, was, running) -> {
      if (running) {
        bottomTabs.getSelectionModel().select(run);
        centre.setDividerPositions(Math.min(centre.getDividerPositions()[0], RUN_DIVIDER));
      }
    });
    // the Tests tab wants the room of a run: the tests, the errors strip, the toolbar
    testsArea.tab().setOnSelectionChanged(event -> {
      if (testsArea.tab().isSelected()) {
        centre.setDividerPositions(Math.min(centre.getDividerPositions()[0], RUN_DIVIDER));
      }
    });
    // the server run's progress and Cancel are in the run panel too
    runArea.serverRuns().runningProperty().addListener((obs, was, running) -> {
      if (running) {
        bottomTabs.getSelectionModel().select(run);
      }
    });
    SidePanel side = new SidePanel(null, this::collections, this::flows, this::webhookPort);
    vm.documentProperty().addListener((obs, old, doc) -> side.setEditor(doc == null ? null : doc.editor()));
    side.setEditor(vm.documentProperty().get() == null ? null : vm.documentProperty().get().editor());
    SplitPane split = new SplitPane(centre, side);
    split.setDividerPositions(0.68);
    SplitPane.setResizableWithParent(side, false);
    memory.split("centre", centre);
    memory.split("side", split);
    root.setCenter(split);
    root.setBottom(AppStatusBar.build(vm, runArea.controller(), runArea.serverRuns(), serverArea.viewModel(),
        testsArea.model()));
    new InspectorFocus(runArea.inspectorFocused(), root, centre, split, bottomTabs, run);

    scene = new Scene(root, WIDTH, HEIGHT);
    scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
    // the look is the user's: theme and minimap come from and go to the settings file
    vm.darkThemeProperty().set(settings.flag(DARK_SETTING, vm.darkThemeProperty().get()));
    vm.nordThemeProperty().set(settings.flag(NORD_SETTING, false));
    vm.minimapShownProperty().set(settings.flag(MINIMAP_SETTING, true));
    editorArea.flowCanvas().minimapShownProperty().bind(vm.minimapShownProperty());
    applyTheme(vm.darkThemeProperty().get(), vm.nordThemeProperty().get());
    vm.darkThemeProperty().addListener((obs, old, dark) -> themeChanged());
    vm.nordThemeProperty().addListener((obs, old, nord) -> themeChanged());
    vm.minimapShownProperty().addListener((obs, old, shown) -> {
      settings.put(MINIMAP_SETTING, shown);
      settings.save();
    });

    // a flow file (any format) or a workspace folder dropped anywhere on the window opens
    scene.setOnDragOver(event -> {
      if (event.getDragboard().hasFiles()) {
        event.acceptTransferModes(TransferMode.COPY);
      }
      event.consume();
    });
    scene.setOnDragDropped(event -> {
      List<java.io.File> dropped = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
      event.setDropCompleted(!dropped.isEmpty() && vm.openDropped(dropped.stream().map(java.io.File::toPath).toList()));
      event.consume();
    });

    // Help › Keyboard Shortcuts also answers F1 (the menu item carries Ctrl+/)
    scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F1),
        actions.get(AppActions.SHORTCUTS)::run);
    stage.setScene(scene);
    stage.titleProperty().bind(vm.titleProperty());
    // Ctrl+Tab would otherwise move the focus; a filter sees it before any control does
    scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::switchTabKeys);
    stage.setOnCloseRequest(event -> {
      if (vm.confirmQuit()) {
        vm.closing();
        shutDown();
      } else {
        event.consume();
      }
    });
  }

  private void followRunContext() {
    if (!runArea.anyRunning()) {
      runtimeContext.set(vm.runContextProperty().get());
    }
  }

  private void switchTabKeys(javafx.scene.input.KeyEvent event) {
    if (!event.isControlDown() || event.isAltDown()) {
      return;
    }
    boolean next = event.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN
        || (event.getCode() == javafx.scene.input.KeyCode.TAB && !event.isShiftDown());
    boolean previous = event.getCode() == javafx.scene.input.KeyCode.PAGE_UP
        || (event.getCode() == javafx.scene.input.KeyCode.TAB && event.isShiftDown());
    if (next) {
      vm.nextTab();
      event.consume();
    } else if (previous) {
      vm.previousTab();
      event.consume();
    }
  }

  /** The start page's documentation link: the README next to the app, as the About box links it. */
  private void openDocs() {
    Path readme = Path.of(AppInfo.README).toAbsolutePath();
    showDocument.accept(java.nio.file.Files.isRegularFile(readme) ? readme.toUri().toString() : AppInfo.README);
  }

  /** How the start page opens the documentation (the application's host services). */
  public void setShowDocument(java.util.function.Consumer<String> show) {
    this.showDocument = show;
  }

  /** The tabs of the open flows, above the canvas. */
  public DocumentTabs documentTabs() {
    return documentTabs;
  }

  /** What the centre shows when no tab is open. */
  public StartPage startPage() {
    return startPage;
  }

  /** Stops a run in progress and closes the workspace runtime (its servers, scripts and database). */
  private void shutDown() {
    if (workspaceViews != null) {
      workspaceViews.close();
    }
    fileWatch.close();
    testsArea.close();
    runArea.close();
    serverArea.close();
    runtime.close();
  }

  /** The tabs under the canvas: problems, the run panel, history and the workspace views. */
  public TabPane bottomTabs() {
    return bottomTabs;
  }

  /** The run panel and its controller (the Run menu drives them). */
  public RunPanel runPanel() {
    return runArea.panel();
  }

  public RunController runController() {
    return runArea.controller();
  }

  /** Run › Run on Server's controller. */
  public ServerRunController serverRunController() {
    return runArea.serverRuns();
  }

  /** The Tests tab's view-model. */
  public dev.flowsmith.app.tests.TestsViewModel testsModel() {
    return testsArea.model();
  }

  /** The Server tab's view-model (File › Connect to Directus… connects it). */
  public ServerViewModel serverViewModel() {
    return serverArea.viewModel();
  }

  /** The Server tab's view. */
  public ServerView serverView() {
    return serverArea.view();
  }

  /** The canvas area: its state carries the run's path and the breakpoints. */
  public EditorArea editorArea() {
    return editorArea;
  }

  /** The app's workspace runtime, shared by runs, history and the workspace views. */
  public AppRuntime runtime() {
    return runtime;
  }

  /** The flows a Trigger Flow operation can call: the workspace's, or just the open one. */
  private List<Flow> flows() {
    WorkspaceFolder ws = vm.runContextProperty().get();
    if (ws != null) {
      return ws.flows();
    }
    Flow open = vm.currentFlowProperty().get();
    return open == null ? List.of() : List.of(open);
  }

  /** The port the workspace's webhook server listens on (its {@code webhookPort} setting). */
  private int webhookPort() {
    WorkspaceFolder ws = vm.runContextProperty().get();
    return ws == null ? WebhookServer.DEFAULT_PORT : WebhookServer.configuredPort(ws);
  }

  private List<String> collections() {
    Flow open = vm.currentFlowProperty().get();
    List<Flow> flows = new ArrayList<>(flows());
    if (open != null) {
      flows.add(open);
    }
    return CollectionNames.of(vm.runContextProperty().get(), flows);
  }

  private void themeChanged() {
    applyTheme(vm.darkThemeProperty().get(), vm.nordThemeProperty().get());
    settings.put(DARK_SETTING, vm.darkThemeProperty().get());
    settings.put(NORD_SETTING, vm.nordThemeProperty().get());
    settings.save();
  }

  /**
   * AtlantaFX themes are user-agent stylesheets, so switching one restyles every window at once;
   * the canvas reads its colours from the same looked-up colours and repaints.
   */
  private static void applyTheme(boolean dark, boolean nord) {
    atlantafx.base.theme.Theme theme = nord
        ? (dark ? new atlantafx.base.theme.NordDark() : new atlantafx.base.theme.NordLight())
        : (dark ? new PrimerDark() : new PrimerLight());
    Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
  }

  /** File › Quit; closing this way skips the close-request handler, so it asks here. */
  private void quit() {
    if (vm.confirmQuit()) {
      vm.closing();
      shutDown();
      stage.close();
    }
  }

  /** File › Open Path…: a typed path, opened on Enter. */
  private void openPath() {
    WorkspaceFolder folder = vm.workspaceProperty().get();
    Path start = folder != null ? folder.root() : Path.of(System.getProperty("user.home"));
    new OpenPathDialog(stage, start, vm::openPath).show();
  }

  /** File › Workspace Settings…, for the open workspace. */
  private void workspaceSettings() {
    WorkspaceFolder folder = vm.workspaceProperty().get();
    if (folder == null) {
      FxDialogs.alert(stage, javafx.scene.control.Alert.AlertType.INFORMATION, "Workspace Settings",
          "Open a workspace first (File › Open Workspace…): the settings live in its workspace.json.").show();
      return;
    }
    new WorkspaceSettingsDialog(stage, new WorkspaceSettingsModel(folder)).show();
  }

  public void show() {
    memory.restore();
    stage.show();
  }

  public MainViewModel viewModel() {
    return vm;
  }

  /** The user's desktop settings (window placement, theme, minimap). */
  public UserSettings settings() {
    return settings;
  }

  public ActionRegistry actions() {
    return actions;
  }

  public Scene scene() {
    return scene;
  }
}
