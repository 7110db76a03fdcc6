package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.regex.Pattern;

/** Primary key checks shared by the stores. */
final class ItemKeys {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ItemKeys() {}

  static boolean isUuid(String text) {
    return UUID.matcher(text).matches();
  }

  /**
   * Directus {@code validateKeys}: a key that cannot be a uuid (uuid keys) or an integer (integer
   * keys) is FORBIDDEN before any query runs.
   */
  static void validate(CollectionSchema collection, List<JsValue> keys) {
    FieldType type = collection.primaryKeyField().type();
    for (JsValue key : keys) {
      if (type == FieldType.UUID && !isUuid(JsStrings.toJsString(key))) {
        throw ItemErrors.forbidden();
      }
      if (type == FieldType.INTEGER) {
        double number = SqlValues.toNumber(key);
        if (Double.isNaN(number) || Double.isInfinite(number) || number != Math.rint(number)) {
          throw ItemErrors.forbidden();
        }
      }
    }
  }
}
