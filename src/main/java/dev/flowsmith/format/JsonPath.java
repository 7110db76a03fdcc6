package dev.flowsmith.format;

import java.util.regex.Pattern;

/** Builds the JSON paths used in error messages and lint results: {@code $.operations[2].options.url}. */
public final class JsonPath {

  public static final String ROOT = "$";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonPath() {}

  public static String member(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
