package dev.flowsmith.app.panel;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * The operation type dropdown: the core types by display name, found by typing the first
 * letters (type-ahead), plus the current type when it is not a core one.
 */
final class TypePicker {

  private final ComboBox<String> combo = new ComboBox<>();
  private final StringBuilder typed = new StringBuilder();
  private long lastKeyAt;
  private Consumer<String> onPick = type -> { };
  private boolean showing;

  TypePicker() {
    combo.setMaxWidth(Double.MAX_VALUE);
    combo.setVisibleRowCount(15);
    combo.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable String id) {
        return id == null ? "" : StandardOperations.types().find(id).map(OperationType::displayName).orElse(id);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    combo.valueProperty().addListener((obs, old, now) -> {
      if (!showing && now != null && !now.equals(old)) {
        onPick.accept(now);
      }
    });
    combo.addEventHandler(KeyEvent.KEY_TYPED, this::typeAhead);
  }

  Node node() {
    return combo;
  }

  void setOnPick(Consumer<String> handler) {
    onPick = handler;
  }

  void show(String type) {
    showing = true;
    try {
      List<String> ids = new ArrayList<>();
      StandardOperations.types().all().forEach(t -> ids.add(t.id()));
      if (!ids.contains(type)) {
        ids.add(type);
      }
      if (!combo.getItems().equals(ids)) {
        combo.getItems().setAll(ids);
      }
      combo.setValue(type);
    } finally {
      showing = false;
    }
  }

  /** Letters typed within a second of each other search the display names. */
  private void typeAhead(KeyEvent event) {
    String character = event.getCharacter();
    if (character.isEmpty() || Character.isISOControl(character.charAt(0))) {
      return;
    }
    long now = System.currentTimeMillis();
    if (now - lastKeyAt > 1000) {
      typed.setLength(0);
    }
    lastKeyAt = now;
    typed.append(character.toLowerCase(Locale.ROOT));
    String prefix = typed.toString();
    for (String id : combo.getItems()) {
      if (combo.getConverter().toString(id).toLowerCase(Locale.ROOT).startsWith(prefix)) {
        if (combo.isShowing()) {
          combo.getSelectionModel().select(id);
        } else {
          combo.setValue(id);
        }
        break;
      }
    }
  }
}
