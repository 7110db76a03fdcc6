package dev.flowsmith.app.view;

import dev.flowsmith.app.viewmodel.TextClipboard;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard, as text: what other apps (and Directus pages) read and write. */
public final class FxClipboard implements TextClipboard {

  @Override
  public Optional<String> text() {
    Clipboard clipboard = Clipboard.getSystemClipboard();
    return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
  }

  @Override
  public void setText(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
