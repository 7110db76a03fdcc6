package dev.flowsmith.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma separated, fields in double quotes may hold commas, line breaks
 * and doubled quotes) into records, each remembering the line it starts on so errors can name it.
 */
final class CsvRecords {

  /** One record; {@code quoted} tells an empty quoted cell ("" = empty text) from an empty one (null). */
  record Row(int line, List<String> cells, List<Boolean> quoted) {}

  private CsvRecords() {}

  static List<Row> parse(String text, String source) {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      int start = line;
      List<String> cells = new ArrayList<>();
      List<Boolean> quoted = new ArrayList<>();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = i < text.length() && text.charAt(i) == '"';
        quoted.add(inQuotes);
        if (inQuotes) {
          i++;
          while (true) {
            if (i >= text.length()) {
              throw new IllegalArgumentException(source + " line " + start + ": a quoted value is never closed");
            }
            char c = text.charAt(i++);
            if (c == '"' && i < text.length() && text.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else if (c == '"') {
              break;
            } else {
              line += c == '\n' ? 1 : 0;
              cell.append(c);
            }
          }
        }
        while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          cell.append(text.charAt(i++));
        }
        cells.add(cell.toString());
        if (i < text.length() && text.charAt(i) == ',') {
          i++;
        } else {
          endOfRecord = true;
          i += i < text.length() && text.charAt(i) == '\r' ? 1 : 0;
          i += i < text.length() && text.charAt(i) == '\n' ? 1 : 0;
          line++;
        }
      }
      // A blank line is no record.
      if (!(cells.size() == 1 && cells.get(0).isEmpty() && !quoted.get(0))) {
        rows.add(new Row(start, cells, quoted));
      }
    }
    return rows;
  }
}
