package dev.flowsmith.engine.http;

import java.nio.charset.StandardCharsets;

/**
 * The {@code encodeurl} 2.0 package Directus applies to the request URL (engine.md §6.11):
 * characters that may not stand in a URL are percent-encoded, everything else (including
 * reserved characters and well-formed {@code %xx} escapes) is kept.
 */
public final class UrlEncoding {

  private static final char REPLACEMENT = '\uFFFD';
  private static final String HEX = "0123456789ABCDEF";
  /** What {@code encodeURI} leaves alone besides letters and digits. */
  private static final String URI_UNESCAPED = ";,/?:@&=+$-_.!~*'()#";

  private UrlEncoding() {}

  /** {@code encodeUrl(url)}. */
  public static String encode(String url) {
    String text = replaceLoneSurrogates(url);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int taken = invalidEscapeLength(text, i);
        if (taken == 0) {
          out.append(c); // a valid %xx escape, or "%x" at the very end: both stay
          i++;
        } else {
          encodeUri(text.substring(i, i + taken), out);
          i += taken;
        }
      } else if (allowed(c)) {
        out.append(c);
        i++;
      } else {
        int end = i + Character.charCount(text.codePointAt(i));
        encodeUri(text.substring(i, end), out);
        i = end;
      }
    }
    return out.toString();
  }

  /**
   * How many characters encodeurl's {@code %(?:[^hex]|hex[^hex]|$)} takes at a {@code %}: 0 when
   * the percent sign starts a valid escape (or the pattern does not match).
   */
  private static int invalidEscapeLength(String text, int at) {
    int length = text.length();
    if (at + 1 >= length) {
      return 1; // "%" at the end
    }
    if (!isHex(text.charAt(at + 1))) {
      return 2;
    }
    if (at + 2 >= length) {
      return 0;
    }
    return isHex(text.charAt(at + 2)) ? 0 : 3;
  }

  /** The characters encodeurl 2.0 keeps: {@code ! # $ % & ' ( ) * + , - . / 0-9 : ; = ? @ A-Z [ \ ] ^ _ a-z | ~}. */
  private static boolean allowed(char c) {
    return c == 0x21 || c >= 0x23 && c <= 0x3B || c == 0x3D || c >= 0x3F && c <= 0x5F
        || c >= 0x61 && c <= 0x7A || c == 0x7C || c == 0x7E;
  }

  /** JS {@code encodeURI} of a short run of text. */
  private static void encodeUri(String run, StringBuilder out) {
    for (int i = 0; i < run.length(); ) {
      int codePoint = run.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (codePoint < 0x80 && (Character.isLetterOrDigit(codePoint)
          || URI_UNESCAPED.indexOf(codePoint) >= 0)) {
        out.append((char) codePoint);
      } else {
        for (byte b : run.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
      i = next;
    }
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static String replaceLoneSurrogates(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, i));
        }
        out.append(REPLACEMENT);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
