package dev.flowsmith.app.view;

import dev.flowsmith.format.lint.LintProblem;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;

/**
 * The lint problems of the open flow, a tab under the canvas. Clicking one selects the place it
 * names (the operation or the trigger) and brings it into view.
 */
final class ProblemsPanel extends Tab {

  ProblemsPanel(ObservableList<LintProblem> problems, Consumer<LintProblem> reveal) {
    ListView<LintProblem> list = new ListView<>(problems);
    list.setId("problems-list");
    list.setPrefHeight(120);
    list.setCellFactory(view -> new ProblemCell());
    list.getSelectionModel().selectedItemProperty().addListener((obs, old, problem) -> {
      if (problem != null) {
        reveal.accept(problem);
      }
    });
    list.getStyleClass().add("problems-panel");
    setContent(list);
    setId("problems-panel");
    setClosable(false);
    textProperty().bind(Bindings.createStringBinding(
        () -> problems.isEmpty() ? "Problems — none" : "Problems (" + problems.size() + ")", problems));
  }

  /** Severity as a styled tag, then the message and the code. */
  private static final class ProblemCell extends ListCell<LintProblem> {
    @Override
    protected void updateItem(LintProblem problem, boolean empty) {
      super.updateItem(problem, empty);
      if (empty || problem == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      String severity = problem.severity().name().toLowerCase(Locale.ROOT);
      Label tag = new Label(severity);
      tag.getStyleClass().addAll("problem-severity", "problem-" + severity);
      setGraphic(tag);
      setText(problem.message() + "  (" + problem.code() + ")");
    }
  }
}
