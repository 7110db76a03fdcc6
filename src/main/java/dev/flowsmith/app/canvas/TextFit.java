package dev.flowsmith.app.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens text with an ellipsis to fit a width. Measuring is the costly part of drawing text,
 * so results are cached; the cache is dropped whole when it grows, which a style change or a
 * long pan through thousands of tiles eventually causes.
 */
final class TextFit {

  private static final String ELLIPSIS = "…";
  private static final int CACHE_LIMIT = 20_000;

  private record Key(String text, Font font, double width) {}

  private final Text measure = new Text();
  private final Map<Key, String> cache = new HashMap<>();

  String fit(String text, Font font, double width) {
    String oneLine = text.indexOf('\n') < 0 ? text : text.replace('\n', ' ');
    Key key = new Key(oneLine, font, width);
    String cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    String fitted = shorten(oneLine, font, width);
    cache.put(key, fitted);
    return fitted;
  }

  private String shorten(String text, Font font, double width) {
    measure.setFont(font);
    if (width(text) <= width) {
      return text;
    }
    // binary search on the prefix length: a long JSON value would take hundreds of linear steps
    int low = 0;
    int high = Math.min(text.length(), 400);
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (width(text.substring(0, mid) + ELLIPSIS) <= width) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return text.substring(0, low) + ELLIPSIS;
  }

  private double width(String text) {
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }
}
