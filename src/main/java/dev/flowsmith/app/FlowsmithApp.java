package dev.flowsmith.app;

import dev.flowsmith.app.view.AppInfo;
import dev.flowsmith.app.view.FxClipboard;
import dev.flowsmith.app.view.FxDialogs;
import dev.flowsmith.app.view.FxFileDialogs;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.Autosave;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.RecentFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The JavaFX application: one main window, optionally opening a path given on the command line. */
public final class FlowsmithApp extends Application {

  /** Under the config folder: one file per document with unsaved changes. */
  static final String AUTOSAVE_FOLDER = "autosave";

  @Override
  public void start(Stage stage) {
    MainWindow window = createWindow(stage, AppConfig.configDir(), getHostServices());
    window.show();
    // after the window is up, so the question has a parent; before a start-up path opens
    Platform.runLater(() -> window.viewModel().recoverAutosaved());
    List<String> args = getParameters().getRaw();
    if (!args.isEmpty()) {
      // after the window is up, so a file that fails to open reports over the window
      Path start = Path.of(args.get(0));
      Platform.runLater(() -> window.viewModel().openPath(start));
    }
  }

  /** Builds the main window with real dialogs; tests and the screenshot tool use this too. */
  public static MainWindow createWindow(Stage stage, Path configDir, @Nullable HostServices host) {
    FxDialogs dialogs = new FxDialogs(stage, host);
    MainViewModel vm = new MainViewModel(new FxFileDialogs(stage), dialogs, RecentFiles.load(configDir),
        new FxClipboard());
    vm.enableAutosave(new Autosave(configDir.resolve(AUTOSAVE_FOLDER), Clock.systemUTC()));
    MainWindow window = new MainWindow(stage, vm, configDir, () -> dialogs.showAbout(AppInfo.current()));
    if (host != null) {
      window.setShowDocument(host::showDocument);
    }
    // unsaved work is written every 30 s, so a crash loses at most that much
    Timeline autosaveTimer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(Autosave.INTERVAL.toSeconds()),
        event -> vm.autosaveTick().forEach(System.err::println)));
    autosaveTimer.setCycleCount(Animation.INDEFINITE);
    autosaveTimer.play();
    return window;
  }

  /** For {@code mvn javafx:run}, where JavaFX is on the module path and this class may be the main class. */
  public static void main(String[] args) {
    launch(args);
  }
}
