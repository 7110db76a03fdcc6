package dev.flowsmith.app.viewmodel;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A clipboard that lives in memory, for view-models used without a window. */
public final class MemoryClipboard implements TextClipboard {

  private @Nullable String text;

  @Override
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
  }
}
