package dev.flowsmith.app.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;

/** Every action of the app by id, in registration order. Ids and shortcuts must be unique. */
public final class ActionRegistry {

  private static final BooleanExpression ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

  private final Map<String, AppAction> actions = new LinkedHashMap<>();

  public AppAction register(AppAction action) {
    if (actions.containsKey(action.id())) {
      throw new IllegalArgumentException("action " + action.id() + " is already registered");
    }
    KeyCombination shortcut = action.shortcut();
    if (shortcut != null) {
      actions.values().stream().filter(a -> shortcut.equals(a.shortcut())).findFirst().ifPresent(clash -> {
        throw new IllegalArgumentException(action.id() + " takes " + shortcut.getName() + " from " + clash.id());
      });
    }
    actions.put(action.id(), action);
    return action;
  }

  /** Registers an action that is always enabled. */
  public AppAction register(String id, String label, @Nullable String shortcut, Runnable handler) {
    return register(id, label, shortcut, ALWAYS, handler);
  }

  /** @param shortcut as {@link KeyCombination#valueOf} reads it, e.g. "Shortcut+S" (Ctrl, or Cmd on macOS) */
  public AppAction register(String id, String label, @Nullable String shortcut, BooleanExpression enabled,
      Runnable handler) {
    return register(new AppAction(id, label, shortcut == null ? null : KeyCombination.valueOf(shortcut), enabled,
        handler, null, null));
  }

  /** Registers an action whose menu text follows {@code liveLabel} (Undo/Redo name the step). */
  public AppAction registerLabelled(String id, ObservableValue<String> liveLabel, @Nullable String shortcut,
      BooleanExpression enabled, Runnable handler) {
    return register(new AppAction(id, liveLabel.getValue(), shortcut == null ? null : KeyCombination.valueOf(shortcut),
        enabled, handler, null, liveLabel));
  }

  /** Registers an on/off action; running it flips {@code selected}. */
  public AppAction registerToggle(String id, String label, @Nullable String shortcut, BooleanProperty selected) {
    return register(new AppAction(id, label, shortcut == null ? null : KeyCombination.valueOf(shortcut), ALWAYS,
        () -> selected.set(!selected.get()), selected, null));
  }

  public AppAction get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no action " + id));
  }

  public Optional<AppAction> find(String id) {
    return Optional.ofNullable(actions.get(id));
  }

  public List<AppAction> all() {
    return Collections.unmodifiableList(new ArrayList<>(actions.values()));
  }
}
