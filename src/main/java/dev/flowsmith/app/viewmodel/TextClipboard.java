package dev.flowsmith.app.viewmodel;

import java.util.Optional;

/** The system clipboard as plain text, so edit commands are testable without a stage. */
public interface TextClipboard {

  Optional<String> text();

  void setText(String text);
}
