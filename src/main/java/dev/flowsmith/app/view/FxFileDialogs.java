package dev.flowsmith.app.view;

import dev.flowsmith.app.viewmodel.FileDialogs;
import dev.flowsmith.app.window.DialogWindows;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** {@link FileDialogs} as the platform's choosers, starting where the user last was. */
public final class FxFileDialogs implements FileDialogs {

  private final Window owner;
  private @Nullable File lastFolder;

  public FxFileDialogs(Window owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> chooseFlowFile(String title) {
    FileChooser chooser = fileChooser(title);
    return remember(DialogWindows.around(owner, () -> chooser.showOpenDialog(owner)));
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    File folder = DialogWindows.around(owner, () -> chooser.showDialog(owner));
    if (folder != null) {
      lastFolder = folder.getParentFile();
    }
    return Optional.ofNullable(folder).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseSaveFile(String title, String suggestedName) {
    FileChooser chooser = fileChooser(title);
    chooser.setInitialFileName(suggestedName);
    return remember(DialogWindows.around(owner, () -> chooser.showSaveDialog(owner)));
  }

  private FileChooser fileChooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Flow files (*.json, Directus exports *.csv, *.yaml)",
            "*.json", "*.csv", "*.yaml", "*.yml"),
        new FileChooser.ExtensionFilter("All files", "*"));
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    return chooser;
  }

  private Optional<Path> remember(@Nullable File file) {
    if (file != null) {
      lastFolder = file.getParentFile();
    }
    return Optional.ofNullable(file).map(File::toPath);
  }
}
