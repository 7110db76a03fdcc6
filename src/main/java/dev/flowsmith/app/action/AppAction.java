package dev.flowsmith.app.action;

import java.util.Objects;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;

/**
 * One user action (STYLE.md rule 9): menus, and later the toolbar, context menus and a command
 * palette, are all built from these, so a label or shortcut is defined once.
 *
 * @param label menu text; a trailing "…" means the action asks for more before it acts
 * @param selected for an on/off action (a check item), the state it shows and toggles
 * @param liveLabel a label that changes with state ("Undo Move operation"); {@code label} otherwise
 */
public record AppAction(String id, String label, @Nullable KeyCombination shortcut, BooleanExpression enabled,
    Runnable handler, @Nullable BooleanProperty selected, @Nullable ObservableValue<String> liveLabel) {

  public AppAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(handler, "handler");
  }

  /** Runs the handler if the action is enabled; a disabled action reached by a stray shortcut does nothing. */
  public void run() {
    if (enabled.get()) {
      handler.run();
    }
  }

  public boolean isToggle() {
    return selected != null;
  }
}
