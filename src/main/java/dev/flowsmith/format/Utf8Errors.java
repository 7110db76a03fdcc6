package dev.flowsmith.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Where a file stops being UTF-8, as a line and column to show the user. */
final class Utf8Errors {

  private Utf8Errors() {}

  /** The offset of the first byte that is not valid UTF-8 (0 if none is found). */
  static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return Math.min(in.position(), bytes.length - 1);
      }
      if (result.isUnderflow()) {
        return 0;
      }
      out.clear();
    }
  }

  /** Line and column (1-based, columns counted in characters) of byte {@code offset}. */
  static SourceLocation location(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    return new SourceLocation(line, column);
  }
}
