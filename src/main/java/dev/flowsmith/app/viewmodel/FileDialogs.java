package dev.flowsmith.app.viewmodel;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file or folder. The window uses JavaFX choosers; tests, which cannot drive
 * a native chooser headless, hand in scripted answers.
 */
public interface FileDialogs {

  /** A flow file to read, in any supported format. */
  Optional<Path> chooseFlowFile(String title);

  /** A folder: a workspace, a template folder to import, or a template folder to export into. */
  Optional<Path> chooseFolder(String title);

  /** A file to write, suggesting {@code suggestedName} in the last folder used. */
  Optional<Path> chooseSaveFile(String title, String suggestedName);
}
