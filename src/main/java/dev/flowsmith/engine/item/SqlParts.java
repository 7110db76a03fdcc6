package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/** The parameters and table aliases of one SQL statement as it is built. */
final class SqlParts {

  private final List<JsValue> params = new ArrayList<>();
  private int aliases;

  /** A placeholder for {@code value}, bound in the order placeholders appear in the text. */
  String param(JsValue value) {
    params.add(value);
    return "?";
  }

  /** A fresh table alias ({@code t0} is the queried collection). */
  String alias() {
    return "t" + ++aliases;
  }

  List<JsValue> params() {
    return params;
  }
}
