package dev.flowsmith.app.panel;

import dev.flowsmith.app.canvas.MaterialIcons;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The flow's icon in Flow Setup: a button showing the icon and its Material name, which opens a
 * searchable list of every Material icon name (Directus's names, drawn with Ikonli). "Default"
 * clears the icon, which Directus then draws as {@code bolt}.
 */
final class IconPicker {

  /** What Directus shows for a flow without an icon. */
  static final String DEFAULT_ICON = "bolt";

  private final SearchPopup<String> popup = new SearchPopup<>("Flow icon", "Search icons…", "icon-picker",
      MaterialIcons.names(), (name, needle) -> name.contains(needle.replace(' ', '_')), name -> name, IconPicker::row,
      name -> "icon-" + name);
  private final Button field = new Button();
  private Consumer<@Nullable String> onPick = icon -> { };
  private @Nullable String current;

  IconPicker() {
    field.getStyleClass().add("icon-picker-field");
    field.setMaxWidth(Double.MAX_VALUE);
    field.setMinWidth(0);
    field.setContentDisplay(ContentDisplay.LEFT);
    Button clear = new Button("Default (" + DEFAULT_ICON + ")");
    clear.setId("icon-picker-default");
    clear.setMaxWidth(Double.MAX_VALUE);
    clear.setOnAction(e -> {
      popup.hide();
      if (current != null) {
        onPick.accept(null);
      }
    });
    popup.addFooter(clear);
    field.setOnAction(e -> {
      Bounds below = field.localToScreen(field.getBoundsInLocal());
      popup.show(field, below.getMinX(), below.getMaxY(), name -> {
        if (!name.equals(current)) {
          onPick.accept(name);
        }
      }, () -> { });
      if (current != null) {
        popup.select(current);
      }
    });
    setCurrent(null);
  }

  Button field() {
    return field;
  }

  /** Gets the picked icon name, or null for the default. */
  void setOnPick(Consumer<@Nullable String> handler) {
    onPick = handler;
  }

  /** Shows the flow's icon; an unknown name is shown as it is, with the fallback glyph. */
  void setCurrent(@Nullable String icon) {
    current = icon == null || icon.isBlank() ? null : icon.strip();
    field.setText(current == null ? DEFAULT_ICON + " (default)" : current);
    field.setGraphic(glyph(current == null ? DEFAULT_ICON : current));
  }

  private static FontIcon glyph(String name) {
    FontIcon icon = new FontIcon(MaterialIcons.forName(name));
    icon.getStyleClass().add("type-picker-icon");
    return icon;
  }

  private static Node row(String name) {
    return new Label(name, glyph(name));
  }
}
