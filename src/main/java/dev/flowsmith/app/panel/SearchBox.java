package dev.flowsmith.app.panel;

import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * The search boxes of the app (workspace flow list, JSON tree, type picker, icon picker): a
 * ControlsFX {@link CustomTextField} with its clear button, which shows while there is text.
 */
public final class SearchBox {

  private SearchBox() {}

  public static TextField create(String prompt, String id) {
    TextField field = TextFields.createClearableTextField();
    field.setPromptText(prompt);
    field.setId(id);
    field.getStyleClass().add("search-box");
    return field;
  }
}
