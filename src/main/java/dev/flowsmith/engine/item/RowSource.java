package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Optional;

/**
 * Stored rows (values in their database form, see {@link FieldCodec}) that filters, sorting and
 * field selection follow relations through.
 */
public interface RowSource {

  /** The row whose primary key is {@code key} (any form; it is cast like a stored key). */
  Optional<JsObject> row(String collection, JsValue key);

  /** Every row of a collection, in storage (insertion) order. */
  List<JsObject> rows(String collection);
}
