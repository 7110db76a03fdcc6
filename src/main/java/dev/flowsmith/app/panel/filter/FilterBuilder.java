package dev.flowsmith.app.panel.filter;

import dev.flowsmith.app.panel.filter.FilterModel.Group;
import dev.flowsmith.app.panel.filter.FilterModel.Logic;
import dev.flowsmith.app.panel.filter.FilterModel.Node;
import dev.flowsmith.app.panel.filter.FilterModel.Rule;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * The Studio's filter builder for Condition Rules: a group header (All / Any, add a rule, add a
 * group), then one row per rule (field path with completion from the data chain, operator with
 * the Studio's labels, value) and nested groups indented. The view holds no state but the tree it
 * was last shown; every edit hands the whole new tree to {@code onEdit}, which stores it as one
 * option change (one undo step). Text fields report when committed (Enter or leaving the field),
 * not per keystroke, so typing a path is one step.
 */
public final class FilterBuilder extends VBox {

  private static final int MAX_SUGGESTIONS = 12;

  private final Function<String, List<String>> suggest;
  private final Consumer<Group> onEdit;
  private Group root = FilterModel.empty();

  /**
   * @param suggest the data-chain paths that match what was typed, best first
   * @param onEdit takes every edited tree
   */
  public FilterBuilder(Function<String, List<String>> suggest, Consumer<Group> onEdit) {
    this.suggest = suggest;
    this.onEdit = onEdit;
    getStyleClass().add("filter-builder");
    show(root);
  }

  /** The tree on screen. */
  public Group root() {
    return root;
  }

  /** Rebuilds the view for {@code tree} (not an edit). */
  public void show(Group tree) {
    root = tree;
    getChildren().setAll(group(tree, List.of()));
  }

  private void edit(Group tree) {
    root = tree;
    getChildren().setAll(group(tree, List.of()));
    onEdit.accept(tree);
  }

  private VBox group(Group group, List<Integer> at) {
    ChoiceBox<Logic> logic = new ChoiceBox<>();
    logic.getItems().setAll(Logic.values());
    logic.setConverter(converter(l -> l == Logic.AND ? "All of (AND)" : "Any of (OR)"));
    logic.setValue(group.logic());
    logic.getStyleClass().add("filter-logic");
    logic.setOnAction(e -> {
      if (logic.getValue() != group.logic()) {
        edit(FilterModel.update(root, at, node -> ((Group) node).withLogic(logic.getValue())));
      }
    });
    Button addRule = button("+ Rule", "filter-add-rule", "Add a rule to this group",
        () -> edit(FilterModel.add(root, at, new Rule("", "_eq", JsonValue.of("")))));
    Button addGroup = button("+ Group", "filter-add-group", "Add a nested AND group",
        () -> edit(FilterModel.add(root, at, FilterModel.empty())));
    // a flow pane, so that in a narrow side panel the buttons wrap under the logic choice instead of being cut
    FlowPane header = new FlowPane(4, 4, logic, addRule, addGroup);
    header.getStyleClass().add("filter-group-header");
    if (!at.isEmpty()) {
      header.getChildren().add(button("✕", "filter-remove", "Remove this group", () -> edit(FilterModel.remove(root, at))));
    }
    VBox box = new VBox(header);
    box.getStyleClass().add("filter-group");
    if (group.children().isEmpty()) {
      Label empty = new Label(at.isEmpty() ? "No rules yet: + Rule adds one" : "Empty group");
      empty.getStyleClass().add("filter-empty");
      box.getChildren().add(empty);
    }
    for (int i = 0; i < group.children().size(); i++) {
      List<Integer> child = new ArrayList<>(at);
      child.add(i);
      Node node = group.children().get(i);
      box.getChildren().add(node instanceof Rule rule ? rule(rule, List.copyOf(child)) : group((Group) node,
          List.copyOf(child)));
    }
    return box;
  }

  private VBox rule(Rule rule, List<Integer> at) {
    TextField path = new TextField(rule.path());
    path.setPromptText("$trigger.payload.status");
    path.getStyleClass().add("filter-path");
    HBox.setHgrow(path, Priority.ALWAYS);
    completion(path);
    commitOnEnterOrBlur(path, text -> text.equals(rule.path()) ? null
        : FilterModel.update(root, at, node -> ((Rule) node).withPath(text.strip())));

    ChoiceBox<String> operator = new ChoiceBox<>();
    operator.getItems().setAll(FilterModel.OPERATORS.keySet());
    operator.setConverter(converter(op -> FilterModel.OPERATORS.getOrDefault(op, op)));
    operator.setValue(rule.operator());
    operator.getStyleClass().add("filter-operator");
    // as wide as a common label, not the longest one, so the value beside it keeps most of the row
    operator.setPrefWidth(130);
    operator.setMinWidth(90);
    operator.setOnAction(e -> {
      String chosen = operator.getValue();
      if (chosen != null && !chosen.equals(rule.operator())) {
        // an operator that ignores its operand gets true, as the Studio writes it
        edit(FilterModel.update(root, at, node -> {
          Rule changed = ((Rule) node).withOperator(chosen);
          return FilterModel.takesNoValue(chosen) ? changed.withValue(JsonValue.of(true)) : changed;
        }));
      }
    });

    // the path on a line of its own, the operator and value under it: side by side in a side panel
    // 260-340 px wide, the three fields each got a few pixels
    HBox comparison = new HBox(4, operator);
    if (!FilterModel.takesNoValue(rule.operator())) {
      TextField value = new TextField(valueText(rule.value()));
      value.setPromptText(FilterModel.takesList(rule.operator()) ? "[\"a\", \"b\"]" : "value or {{ path }}");
      value.getStyleClass().add("filter-value");
      HBox.setHgrow(value, Priority.ALWAYS);
      commitOnEnterOrBlur(value, text -> {
        JsonValue parsed = parseValue(text);
        return parsed.equals(rule.value()) ? null : FilterModel.update(root, at, node -> ((Rule) node).withValue(parsed));
      });
      comparison.getChildren().add(value);
    }
    HBox field = new HBox(4, path,
        button("✕", "filter-remove", "Remove this rule", () -> edit(FilterModel.remove(root, at))));
    VBox row = new VBox(4, field, comparison);
    row.getStyleClass().add("filter-rule");
    return row;
  }

  /** A value as typed: JSON when it parses (numbers, true, lists, quoted strings), else the text itself. */
  static JsonValue parseValue(String text) {
    try {
      return JsonText.parseValue(text);
    } catch (FlowFormatException notJson) {
      return JsonValue.of(text);
    }
  }

  /** The text that {@link #parseValue} reads back as {@code value}: a string quoted only when it would read as JSON. */
  static String valueText(JsonValue value) {
    if (value instanceof JsonValue.JsonString string) {
      return parseValue(string.value()).equals(value) ? string.value() : JsonText.compact(value);
    }
    return JsonText.compact(value);
  }

  private void commitOnEnterOrBlur(TextField field, Function<String, @Nullable Group> change) {
    Runnable commit = () -> {
      Group changed = change.apply(field.getText());
      if (changed != null) {
        edit(changed);
      }
    };
    field.setOnAction(e -> commit.run());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now && getScene() != null) {
        commit.run();
      }
    });
  }

  /** Data-chain paths under the field as it is typed; choosing one commits it. */
  private void completion(TextField field) {
    ContextMenu menu = new ContextMenu();
    menu.getStyleClass().add("filter-path-completion");
    field.textProperty().addListener((obs, old, typed) -> {
      if (!field.isFocused()) {
        return;
      }
      List<String> found = suggest.apply(typed).stream().filter(p -> !p.equals(typed))
          .limit(MAX_SUGGESTIONS).toList();
      if (found.isEmpty()) {
        menu.hide();
        return;
      }
      menu.getItems().setAll(found.stream().map(path -> {
        CustomMenuItem item = new CustomMenuItem(new Label(path), true);
        item.setOnAction(e -> {
          field.setText(path);
          field.positionCaret(path.length());
          field.fireEvent(new javafx.event.ActionEvent());
        });
        return (javafx.scene.control.MenuItem) item;
      }).toList());
      if (!menu.isShowing() && field.getScene() != null) {
        menu.show(field, Side.BOTTOM, 0, 0);
      }
    });
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        menu.hide();
      }
    });
  }

  private static Button button(String text, String styleClass, String tip, Runnable action) {
    Button button = new Button(text);
    button.getStyleClass().add(styleClass);
    button.setTooltip(new Tooltip(tip));
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }

  private static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T object) {
        return object == null ? "" : text.apply(object);
      }

      @Override
      public T fromString(String string) {
        throw new UnsupportedOperationException("choices are picked, not typed");
      }
    };
  }

  /** The tree as stored: rules whose path is still blank are not written (a half-made row). */
  public static Group storable(Group tree) {
    List<Node> kept = new ArrayList<>();
    for (Node node : tree.children()) {
      if (node instanceof Group group) {
        kept.add(storable(group));
      } else if (!((Rule) node).path().isBlank()) {
        kept.add(node);
      }
    }
    return tree.withChildren(kept);
  }
}
