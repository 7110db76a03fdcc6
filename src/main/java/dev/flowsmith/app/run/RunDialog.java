package dev.flowsmith.app.run;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.TriggerType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * Asks what the flow's trigger would give (engine.md §3), prefilled with
 * {@link TriggerSamples#sample}: webhook headers, query and body; manual collection, keys and
 * field values; event scope, collection, payload and keys; another flow's payload. JSON fields
 * are checked as they are typed (line and column in the message; Run is disabled until they
 * parse); {@code #run-recent} offers the flow's recent inputs.
 */
public final class RunDialog extends Dialog<TriggerInput> {

  public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

  private final Flow flow;
  private final TriggerType type;
  private final GridPane form = new GridPane();
  private final Label problem = new Label();
  private final List<TextInputControl> jsonFields = new ArrayList<>();
  private final ComboBox<JsonValue> recent = new ComboBox<>();
  private @Nullable TextArea payload;
  private @Nullable TextArea headers;
  private @Nullable TextArea query;
  private @Nullable TextArea body;
  private @Nullable TextField collection;
  private @Nullable TextField keys;
  private @Nullable ComboBox<String> scope;

  public RunDialog(Flow flow, List<JsonValue> recentInputs) {
    this.flow = flow;
    this.type = flow.triggerType().orElse(TriggerType.OPERATION);
    setTitle("Run " + flow.name());
    setHeaderText("What the " + type.displayName() + " trigger gives this run");
    getDialogPane().getStyleClass().add("run-dialog");
    getDialogPane().getButtonTypes().addAll(RUN, ButtonType.CANCEL);
    form.getStyleClass().add("run-form");
    form.setHgap(8);
    form.setVgap(6);
    recent.setId("run-recent");
    recent.setPromptText(recentInputs.isEmpty() ? "No recent inputs" : "Recent inputs");
    recent.getItems().setAll(recentInputs);
    recent.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable JsonValue value) {
        String text = value == null ? "" : JsonText.compact(value).strip();
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
      }

      @Override
      public @Nullable JsonValue fromString(String text) {
        return null;
      }
    });
    recent.valueProperty().addListener((obs, old, now) -> {
      if (now instanceof JsonObject fields) {
        fill(new TriggerInput(type, fields));
      }
    });
    row("Recent", recent);
    buildFields();
    problem.setId("run-json-error");
    problem.getStyleClass().add("run-json-error");
    problem.setWrapText(true);
    form.add(problem, 0, form.getRowCount(), 2, 1);
    getDialogPane().setContent(form);
    fill(TriggerSamples.sample(flow));
    jsonFields.forEach(field -> field.textProperty().addListener((obs, old, now) -> validate()));
    validate();
    setResultConverter(button -> button == RUN ? input().orElse(null) : null);
  }

  /**
   * Asks for {@code flow}'s trigger input and remembers it in {@code recent}; a schedule gives
   * nothing, so it is not asked.
   */
  public static Optional<TriggerInput> ask(Flow flow, RecentPayloads recent, @Nullable Window owner) {
    if (flow.triggerType().orElse(null) == TriggerType.SCHEDULE) {
      return Optional.of(TriggerInput.schedule());
    }
    RunDialog dialog = new RunDialog(flow, recent.of(flow.id()));
    if (owner != null) {
      dialog.initOwner(owner);
    }
    Optional<TriggerInput> chosen = dialog.showAndWait();
    chosen.ifPresent(input -> {
      try {
        recent.remember(flow.id(), input.fields());
      } catch (IOException notSaved) {
        // a convenience only: the run goes ahead without being remembered
      }
    });
    return chosen;
  }

  private void buildFields() {
    switch (type) {
      case WEBHOOK -> {
        headers = json("run-webhook-headers", "Headers", 5);
        query = json("run-webhook-query", "Query", 4);
        body = json("run-webhook-body", "Body", 10);
      }
      case MANUAL -> {
        collection = text("run-manual-collection", "Collection");
        keys = text("run-manual-keys", "Keys (comma-separated or a JSON array)");
        payload = json("run-payload", "Field values", 5);
      }
      case EVENT -> {
        scope = new ComboBox<>();
        scope.setId("run-event-scope");
        scope.setEditable(true);
        scope.getItems().setAll(TriggerSamples.scopes(flow));
        row("Event", scope);
        collection = text("run-event-collection", "Collection");
        keys = text("run-event-keys", "Keys (comma-separated or a JSON array)");
        payload = json("run-payload", "Payload", 8);
      }
      case OPERATION -> payload = json("run-payload", "Payload", 10);
      case SCHEDULE -> form.add(new Label("A schedule gives no input: $trigger is null."), 0, 1, 2, 1);
    }
  }

  /** Puts an input's members into the fields. */
  public void fill(TriggerInput input) {
    set(headers, pretty(input.get("headers")));
    set(query, pretty(input.get("query")));
    set(body, pretty(input.get("body")));
    set(collection, input.text("collection"));
    set(keys, input.list("keys").isEmpty() ? "" : JsonText.compact(new JsonArray(input.list("keys"))).strip());
    set(payload, pretty(input.get(type == TriggerType.MANUAL ? "values" : "payload")));
    if (scope != null) {
      scope.setValue(input.text("scope"));
    }
  }

  /** What the fields say, or empty while a JSON field does not parse. */
  public Optional<TriggerInput> input() {
    try {
      return Optional.of(switch (type) {
        case WEBHOOK -> TriggerInput.webhook(parse(headers, "headers"), parse(query, "query"), parse(body, "body"));
        case MANUAL -> TriggerInput.manual(value(collection), keys(), parse(payload, "field values"));
        case EVENT -> TriggerInput.event(scope == null || scope.getValue() == null ? "" : scope.getValue(),
            value(collection), parse(payload, "payload"), keys());
        case OPERATION -> TriggerInput.payload(parse(payload, "payload"));
        case SCHEDULE -> TriggerInput.schedule();
      });
    } catch (FlowFormatException malformed) {
      return Optional.empty();
    }
  }

  private void validate() {
    String message = "";
    try {
      for (TextInputControl field : jsonFields) {
        parse(field, String.valueOf(field.getUserData()));
      }
      keys();
      Optional<TriggerInput> now = input();
      if (type == TriggerType.MANUAL && now.isPresent()) {
        message = TriggerSamples.manualProblem(flow, now.get()).map(p -> "Directus would refuse this: " + p)
            .orElse("");
      }
    } catch (FlowFormatException malformed) {
      message = malformed.getMessage();
    }
    problem.setText(message);
    Node run = getDialogPane().lookupButton(RUN);
    run.setDisable(input().isEmpty());
  }

  /** Keys as a JSON array, or comma-separated (numbers stay numbers, as a primary key would be). */
  private List<JsonValue> keys() throws FlowFormatException {
    String text = value(keys).strip();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.startsWith("[")) {
      JsonValue parsed = JsonText.parse(text, "keys").root();
      return parsed instanceof JsonArray array ? array.elements() : List.of(parsed);
    }
    List<JsonValue> list = new ArrayList<>();
    for (String key : text.split(",")) {
      String trimmed = key.strip();
      if (!trimmed.isEmpty()) {
        list.add(trimmed.matches("-?\\d+") ? JsonValue.of(Long.parseLong(trimmed)) : JsonValue.of(trimmed));
      }
    }
    return list;
  }

  private static JsonValue parse(@Nullable TextInputControl field, String name) throws FlowFormatException {
    String text = value(field);
    return text.isBlank() ? JsonValue.NULL : JsonText.parse(text, name).root();
  }

  private static String value(@Nullable TextInputControl field) {
    return field == null || field.getText() == null ? "" : field.getText();
  }

  private static void set(@Nullable TextInputControl field, String text) {
    if (field != null) {
      field.setText(text);
    }
  }

  private static String pretty(JsonValue value) {
    return JsonText.pretty(value).strip();
  }

  private TextArea json(String id, String label, int rows) {
    TextArea area = new TextArea();
    area.setId(id);
    area.setUserData(label.toLowerCase(Locale.ROOT)); // names the field in parse messages
    area.getStyleClass().add("run-json-field");
    area.setPrefRowCount(rows);
    area.setPrefColumnCount(48);
    // a dialog short of room scrolls its form rather than squeezing an editor to two lines
    area.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    jsonFields.add(area);
    row(label, area);
    return area;
  }

  private TextField text(String id, String label) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().addListener((obs, old, now) -> validate());
    row(label, field);
    return field;
  }

  private void row(String label, Node field) {
    int row = form.getRowCount();
    form.add(new Label(label), 0, row);
    form.add(field, 1, row);
  }
}
