package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A query's {@code search} (Directus applySearch): a row matches when any string/text field
 * contains the text case-insensitively (LOWER + LIKE, so {@code %} and {@code _} are wildcards),
 * any numeric field equals it when it reads as a number, or any uuid field equals it when it is a
 * UUID. A collection with no such field matches nothing.
 */
public final class RowSearch {

  private static final Pattern NUMERIC = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  private RowSearch() {}

  public static boolean matches(CollectionSchema collection, JsObject row, String search) {
    String pattern = "%" + search.toLowerCase(Locale.ROOT) + "%";
    boolean numeric = NUMERIC.matcher(search).matches();
    boolean uuid = ItemKeys.isUuid(search);
    for (FieldSchema field : collection.columns()) {
      JsValue stored = row.get(field.name());
      if (stored.isNullish()) {
        continue;
      }
      if (field.type().isSearchableText()) {
        if (SqlValues.like(SqlValues.asciiLower(SqlValues.text(stored)), pattern)) {
          return true;
        }
      } else if (field.type().isNumeric() && numeric) {
        if (SqlValues.equal(stored, JsValue.of(Double.parseDouble(search)))) {
          return true;
        }
      } else if (field.type() == FieldType.UUID && uuid && SqlValues.equal(stored, JsValue.of(search))) {
        return true;
      }
    }
    return false;
  }
}
