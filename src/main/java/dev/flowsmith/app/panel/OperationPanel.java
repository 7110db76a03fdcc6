package dev.flowsmith.app.panel;

import dev.flowsmith.app.edit.EditRefusedException;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.edit.FlowEdits;
import dev.flowsmith.app.edit.OperationKeys;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The side panel of one operation (editor.md §9): name and key, the type, and the option form
 * of the type. Every keystroke goes through the {@link FlowEditor}, so a typed word is one undo
 * step; an undo or redo shows up here because the panel follows the editor's flow.
 */
public final class OperationPanel extends FlowPanel {

  private final FormContext context;
  private final Label title = new Label();
  private final TextField name = new TextField();
  private final TextField key = new TextField();
  private final Label keyProblem = new Label();
  private final TypePicker type = new TypePicker();
  private final Label notice = new Label();
  private final VBox formHolder = new VBox();
  private final VBox box = new VBox();
  private final ScrollPane scroller = new ScrollPane(box);
  private final Map<String, OptionForm> forms = new HashMap<>();
  private @Nullable RawOptionsEditor rawEditor;
  private @Nullable String operationId;
  private boolean refreshing;

  public OperationPanel(FlowEditor editor, FormContext context) {
    super(editor);
    this.context = context.withChainPaths(() -> ChainPaths.suggestions(editor.flow(), operationId));
    title.getStyleClass().add("panel-title");
    name.setId("operation-name");
    key.setId("operation-key");
    keyProblem.setId("operation-key-problem");
    keyProblem.getStyleClass().add("field-problem");
    keyProblem.setWrapText(true);
    notice.setId("operation-type-notice");
    notice.getStyleClass().add("panel-notice");
    notice.setWrapText(true);
    type.field().setId("operation-type");

    name.textProperty().addListener((obs, old, now) -> nameTyped(old, now));
    key.textProperty().addListener((obs, old, now) -> keyTyped(now));
    name.focusedProperty().addListener((obs, was, now) -> editor.preventMerge());
    key.focusedProperty().addListener((obs, was, now) -> editor.preventMerge());
    type.setOnPick(picked -> {
      if (!refreshing && operationId != null) {
        editor.changeType(operationId, picked);
      }
    });

    FormGrid identity = new FormGrid().add(PanelLayout.labelled("Name", name), false)
        .add(PanelLayout.labelled("Key", new VBox(key, keyProblem)), false)
        .add(PanelLayout.labelled("Type", type.field()), true);

    box.getStyleClass().addAll("side-panel-content", "operation-panel");
    title.setWrapText(true);
    box.getChildren().setAll(title, identity.node(), notice, formHolder);
    scroller.setFitToWidth(true);
    scroller.getStyleClass().add("side-panel-scroller");
  }

  @Override
  public Node node() {
    return scroller;
  }

  /** Edits this operation from now on. */
  public void show(String id) {
    operationId = id;
    refresh();
  }

  private Optional<Operation> operation() {
    return operationId == null ? Optional.empty() : editor.flow().operationById(operationId);
  }

  @Override
  protected void refresh() {
    Optional<Operation> found = operation();
    if (found.isEmpty()) {
      return;
    }
    Operation op = found.get();
    refreshing = true;
    try {
      Optional<OperationType> known = StandardOperations.types().find(op.type());
      title.setText(known.map(OperationType::displayName).orElse(op.type()));
      PanelLayout.setIfDifferent(name, op.name() == null ? "" : op.name());
      name.setPromptText(known.map(OperationType::displayName).orElse(op.type()));
      PanelLayout.setIfDifferent(key, op.key());
      showKeyProblem(null);
      type.setCurrent(op.type());
      notice.setText(known.isPresent() ? "" : "Unknown operation type \"" + op.type()
          + "\": its options are shown as JSON and kept as they are.");
      notice.setVisible(known.isEmpty());
      notice.setManaged(known.isEmpty());
      showForm(op, known.map(OperationType::fields).orElse(null));
    } finally {
      refreshing = false;
    }
  }

  private void showForm(Operation op, @Nullable List<OptionField> fields) {
    if (fields == null) {
      RawOptionsEditor raw = rawEditor;
      if (raw == null) {
        raw = new RawOptionsEditor(context, options -> editor.setOptions(op.id(), options), editor::preventMerge);
        rawEditor = raw;
      }
      setForm(raw.node());
      raw.show(op.options());
      return;
    }
    OptionForm form = forms.computeIfAbsent(op.type(), t -> new OptionForm(fields, context, "option-",
        (optionKey, value) -> {
          if (!refreshing && operationId != null) {
            editor.setOption(operationId, optionKey, value);
          }
        }, editor::preventMerge));
    setForm(form.node());
    form.show(op.optionsObject());
  }

  private void setForm(Node form) {
    if (formHolder.getChildren().size() != 1 || formHolder.getChildren().get(0) != form) {
      formHolder.getChildren().setAll(form);
    }
  }

  /**
   * editor.md §9: the key follows the name's slug for as long as it still equals the slug of the
   * previous name (or is the placeholder of a new, unnamed tile); name and key change in one step.
   */
  private void nameTyped(String previous, String now) {
    Optional<Operation> found = operation();
    if (refreshing || found.isEmpty()) {
      return;
    }
    Operation op = found.get();
    String stored = now.isEmpty() ? null : now;
    Flow after = editor.flow().withOperation(op.id(), o -> o.withName(stored));
    String slug = OperationKeys.slug(now);
    if (follows(op, previous) && !slug.isEmpty() && !slug.equals(op.key())
        && OperationKeys.problem(after, op.id(), slug).isEmpty()) {
      try {
        after = FlowEdits.rekey(after, op.id(), slug, true);
      } catch (EditRefusedException refused) {
        showKeyProblem(refused.getMessage());
      }
    }
    editor.apply("Rename operation", after, List.of(op.id(), "name"));
  }

  private static boolean follows(Operation op, String previousName) {
    if (op.key().equals(OperationKeys.slug(previousName))) {
      return true;
    }
    return previousName.isEmpty() && op.key().matches(OperationKeys.slug(op.type()) + "_[a-z]{5}");
  }

  /** Validates live; only a valid key is committed, and references to the old key follow it. */
  private void keyTyped(String now) {
    Optional<Operation> found = operation();
    if (refreshing || found.isEmpty()) {
      return;
    }
    Optional<String> problem = OperationKeys.problem(editor.flow(), found.get().id(), now);
    if (problem.isPresent()) {
      showKeyProblem(problem.get());
      return;
    }
    showKeyProblem(null);
    if (!now.equals(found.get().key()) && !editor.changeKey(found.get().id(), now, true)) {
      showKeyProblem(editor.message());
    }
  }

  private void showKeyProblem(@Nullable String problem) {
    keyProblem.setText(problem == null ? "" : problem);
    keyProblem.setVisible(problem != null);
    keyProblem.setManaged(problem != null);
    key.pseudoClassStateChanged(TextEditor.INVALID, problem != null);
  }
}
