package dev.flowsmith.app.run;

import java.util.regex.Pattern;

/**
 * Paths into the data chain as a {@code {{ }}} template reads them (engine.md §5.3):
 * {@code $trigger.body.items[0].id}; a key that is not a plain name goes in brackets with quotes,
 * {@code a["my key"]}. Pure.
 */
public final class TemplatePaths {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private TemplatePaths() {}

  /** The path of member {@code key} of {@code parent}; an empty parent gives a top-level key as it is. */
  public static String member(String parent, String key) {
    if (parent.isEmpty()) {
      return key;
    }
    if (PLAIN.matcher(key).matches()) {
      return parent + "." + key;
    }
    // micromustache allows matching ' or " quotes; pick the one the key does not hold
    char quote = key.indexOf('"') >= 0 ? '\'' : '"';
    return parent + "[" + quote + key + quote + "]";
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
