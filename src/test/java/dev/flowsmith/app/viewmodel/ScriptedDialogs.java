package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Dialogs and file choosers answered from a script, recording what was asked. */
final class ScriptedDialogs implements Dialogs, FileDialogs {

  final List<String> errors = new ArrayList<>();
  final List<String> confirmations = new ArrayList<>();
  final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
  final Deque<Path> pathAnswers = new ArrayDeque<>();
  final List<String> chooserTitles = new ArrayList<>();
  int unsavedQuestions;
  int flowQuestions;
  boolean confirmAnswer = true;
  Function<List<Flow>, Optional<Flow>> flowAnswer = flows -> Optional.of(flows.get(0));
  Optional<TargetFormat> exportAnswer = Optional.empty();

  @Override
  public void showError(String title, String message) {
    errors.add(message);
  }

  @Override
  public UnsavedChoice askUnsaved(String flowName) {
    unsavedQuestions++;
    if (unsavedAnswers.isEmpty()) {
      throw new AssertionError("unexpected unsaved-changes question for " + flowName);
    }
    return unsavedAnswers.pop();
  }

  @Override
  public Optional<Flow> chooseFlow(String title, List<Flow> flows) {
    flowQuestions++;
    return flowAnswer.apply(flows);
  }

  @Override
  public Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats) {
    return exportAnswer;
  }

  @Override
  public boolean confirm(String title, String message) {
    confirmations.add(message);
    return confirmAnswer;
  }

  @Override
  public Optional<Path> chooseFlowFile(String title) {
    return nextPath(title);
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    return nextPath(title);
  }

  @Override
  public Optional<Path> chooseSaveFile(String title, String suggestedName) {
    return nextPath(title + " [" + suggestedName + "]");
  }

  private Optional<Path> nextPath(String title) {
    chooserTitles.add(title);
    return Optional.ofNullable(pathAnswers.poll());
  }
}
