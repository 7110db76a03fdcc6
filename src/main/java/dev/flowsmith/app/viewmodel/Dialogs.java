package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages view-models put to the user, so they stay free of JavaFX nodes and
 * can be tested with a scripted stand-in (JabRef's DialogService plays the same part).
 */
public interface Dialogs {

  /** Answers to "the flow has unsaved changes". */
  enum UnsavedChoice { SAVE, DISCARD, CANCEL }

  void showError(String title, String message);

  UnsavedChoice askUnsaved(String flowName);

  /** One flow out of a file that holds several; empty when the user cancels. */
  Optional<Flow> chooseFlow(String title, List<Flow> flows);

  Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats);

  boolean confirm(String title, String message);
}
