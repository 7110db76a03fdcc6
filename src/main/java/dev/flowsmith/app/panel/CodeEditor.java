package dev.flowsmith.app.panel;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A code editor for JSON and JavaScript options: a RichTextFX {@link CodeArea} with line
 * numbers, highlighting from {@link CodeLexer} and {@code {{ }}} completion. Highlighting is
 * recomputed a moment after typing stops, so a long script never lags a keystroke.
 */
public final class CodeEditor {

  private static final Duration DEBOUNCE = Duration.millis(80);

  private final CodeLexer.Language language;
  private final CodeArea area = new CodeArea();
  private final VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(area);
  private final PauseTransition pending = new PauseTransition(DEBOUNCE);

  public CodeEditor(CodeLexer.Language language, Supplier<List<String>> chainPaths) {
    this.language = language;
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    // long lines wrap: a narrow side panel never scrolls a JSON value sideways
    area.setWrapText(true);
    area.getStyleClass().add(language == CodeLexer.Language.JSON ? "json-editor" : "javascript-editor");
    scroller.getStyleClass().add("code-editor");
    pending.setOnFinished(e -> highlight());
    area.textProperty().addListener((obs, old, now) -> pending.playFromStart());
    TemplateCompletion.attach(area, chainPaths);
  }

  public Node node() {
    return scroller;
  }

  public CodeArea area() {
    return area;
  }

  public String text() {
    return area.getText();
  }

  public ObservableValue<String> textProperty() {
    return area.textProperty();
  }

  /** Replaces the whole text (not an edit of the area's own undo history) and highlights at once. */
  public void setText(String text) {
    if (text.equals(area.getText())) {
      return;
    }
    area.replaceText(text);
    area.getUndoManager().forgetHistory();
    highlight();
  }

  /** Applies the lexer's spans to the whole text now. */
  public void highlight() {
    pending.stop();
    String text = area.getText();
    if (text.isEmpty()) {
      return;
    }
    area.setStyleSpans(0, styleSpans(text));
  }

  private StyleSpans<Collection<String>> styleSpans(String text) {
    StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
    int at = 0;
    for (CodeLexer.Span span : CodeLexer.spans(text, language)) {
      builder.add(Collections.emptyList(), span.start() - at);
      builder.add(Collections.singleton(span.styleClass()), span.end() - span.start());
      at = span.end();
    }
    builder.add(Collections.emptyList(), text.length() - at);
    return builder.create();
  }
}
