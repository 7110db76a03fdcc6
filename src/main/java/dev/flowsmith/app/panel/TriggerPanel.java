package dev.flowsmith.app.panel;

import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.TriggerCatalog;
import dev.flowsmith.model.TriggerType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * Trigger setup (editor.md §8): the trigger type and its options form. Choosing another type
 * clears the options, as the Studio does. A webhook shows the local URL the app serves it on.
 */
public final class TriggerPanel extends FlowPanel {

  private final FormContext context;
  private final int webhookPort;
  private final ComboBox<TriggerType> type = new ComboBox<>();
  private final Label notice = new Label();
  private final TextField webhookUrl = new TextField();
  private final HBox webhookRow;
  private final VBox formHolder = new VBox();
  private final VBox box = new VBox();
  private final Map<TriggerType, OptionForm> forms = new EnumMap<>(TriggerType.class);
  private boolean refreshing;

  public TriggerPanel(FlowEditor editor, FormContext context, int webhookPort) {
    super(editor);
    this.context = context.withChainPaths(() -> ChainPaths.suggestions(editor.flow(), null));
    this.webhookPort = webhookPort;
    type.setId("trigger-type");
    type.setMaxWidth(Double.MAX_VALUE);
    type.setPromptText("Choose a trigger");
    type.getItems().setAll(TriggerType.values());
    type.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable TriggerType trigger) {
        return trigger == null ? "" : trigger.displayName();
      }

      @Override
      public TriggerType fromString(String text) {
        throw new UnsupportedOperationException("the trigger list is not editable");
      }
    });
    type.valueProperty().addListener((obs, old, now) -> picked(now));
    notice.getStyleClass().add("panel-notice");
    notice.setWrapText(true);

    webhookUrl.setId("webhook-url");
    webhookUrl.setEditable(false);
    webhookUrl.getStyleClass().add("webhook-url");
    Button copy = new Button("Copy");
    copy.setId("webhook-copy");
    copy.setOnAction(e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(webhookUrl.getText());
      Clipboard.getSystemClipboard().setContent(content);
    });
    HBox.setHgrow(webhookUrl, Priority.ALWAYS);
    webhookRow = new HBox(webhookUrl, copy);
    webhookRow.getStyleClass().add("webhook-row");

    box.getStyleClass().addAll("side-panel-content", "trigger-panel");
    box.getChildren().setAll(PanelLayout.labelled("Trigger", type), notice,
        PanelLayout.labelled("Local URL", webhookRow), formHolder);
    refresh();
  }

  @Override
  public Node node() {
    return box;
  }

  /** The URL the embedded webhook server answers for this flow. */
  public String webhookUrl() {
    return "http://127.0.0.1:" + webhookPort + "/flows/trigger/" + editor.flow().id();
  }

  private void picked(@Nullable TriggerType now) {
    Flow flow = editor.flow();
    if (refreshing || now == null || flow.triggerType().equals(Optional.of(now))) {
      return;
    }
    editor.edit("Change trigger", f -> f.withTrigger(now.id(), JsonObject.EMPTY), null);
  }

  private void optionEdited(String key, @Nullable JsonValue value) {
    if (refreshing) {
      return;
    }
    editor.edit("Edit trigger", f -> {
      JsonObject options = f.triggerOptions();
      return f.withTrigger(f.trigger(), value == null ? options.without(key) : options.with(key, value));
    }, List.of("trigger", key));
  }

  @Override
  protected void refresh() {
    Flow flow = editor.flow();
    Optional<TriggerType> trigger = flow.triggerType();
    refreshing = true;
    try {
      type.setValue(trigger.orElse(null));
      boolean unknown = trigger.isEmpty() && flow.trigger() != null;
      notice.setText(unknown ? "Unknown trigger \"" + flow.trigger() + "\": its options are kept as they are." : "");
      notice.setVisible(unknown);
      notice.setManaged(unknown);
      boolean webhook = trigger.equals(Optional.of(TriggerType.WEBHOOK));
      webhookRow.getParent().setVisible(webhook);
      webhookRow.getParent().setManaged(webhook);
      webhookUrl.setText(webhookUrl());
      if (trigger.isEmpty()) {
        formHolder.getChildren().clear();
        return;
      }
      OptionForm form = forms.computeIfAbsent(trigger.get(), t -> new OptionForm(TriggerCatalog.fields(t), context,
          "trigger-option-", this::optionEdited, editor::preventMerge));
      if (formHolder.getChildren().size() != 1 || formHolder.getChildren().get(0) != form.node()) {
        formHolder.getChildren().setAll(form.node());
      }
      form.show(flow.triggerOptions());
    } finally {
      refreshing = false;
    }
  }
}
