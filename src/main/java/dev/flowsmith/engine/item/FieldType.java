package dev.flowsmith.engine.item;

import java.util.Locale;

/**
 * A Directus field type ({@code fields[].type} in the schema snapshot). The groups decide how a
 * value is stored and compared: SQLite column affinity for numbers, chronological order for dates.
 */
public enum FieldType {
  INTEGER, BIG_INTEGER, FLOAT, DECIMAL, BOOLEAN,
  STRING, TEXT, UUID, HASH, CSV, JSON,
  TIMESTAMP, DATE_TIME, DATE, TIME,
  ALIAS,
  /** geometry, binary, unknown, … : stored and returned as given. */
  OTHER;

  public static FieldType of(String directusType) {
    return switch (directusType) {
      case "integer" -> INTEGER;
      case "bigInteger" -> BIG_INTEGER;
      case "float" -> FLOAT;
      case "decimal" -> DECIMAL;
      case "boolean" -> BOOLEAN;
      case "string" -> STRING;
      case "text" -> TEXT;
      case "uuid" -> UUID;
      case "hash" -> HASH;
      case "csv" -> CSV;
      case "json" -> JSON;
      case "timestamp" -> TIMESTAMP;
      case "dateTime" -> DATE_TIME;
      case "date" -> DATE;
      case "time" -> TIME;
      case "alias" -> ALIAS;
      default -> OTHER;
    };
  }

  /** Integer, big integer, float and decimal: filter operands are cast with JS {@code Number()}. */
  public boolean isNumeric() {
    return this == INTEGER || this == BIG_INTEGER || this == FLOAT || this == DECIMAL;
  }

  /** Numeric affinity in SQLite: numeric text becomes a number when stored or compared. */
  public boolean hasNumericAffinity() {
    return isNumeric() || this == BOOLEAN;
  }

  /** timestamp, dateTime and date: compared chronologically. */
  public boolean isChronological() {
    return this == TIMESTAMP || this == DATE_TIME || this == DATE;
  }

  /** string and text: the fields {@code search} matches with LIKE. */
  public boolean isSearchableText() {
    return this == STRING || this == TEXT;
  }

  /** The Directus spelling: {@code bigInteger}, {@code dateTime}, … ({@code unknown} for OTHER). */
  public String directusName() {
    return switch (this) {
      case BIG_INTEGER -> "bigInteger";
      case DATE_TIME -> "dateTime";
      case OTHER -> "unknown";
      default -> name().toLowerCase(Locale.ROOT);
    };
  }

  @Override
  public String toString() {
    return directusName();
  }
}
