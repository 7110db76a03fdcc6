package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Stored rows (values in their database form, see {@link FieldCodec}) that field selection follows
 * relations through.
 */
public interface RowSource {

  /** The row whose primary key is {@code key} (any form; it is cast like a stored key). */
  Optional<JsObject> row(String collection, JsValue key);

  /** The stored rows a query selects, in order (filter, search, sort, offset/page, limit). */
  List<JsObject> select(CollectionSchema collection, Query query);

  /** The server's time zone, in which date functions read dates and dateTimes (timestamps read as UTC). */
  ZoneId zone();
}
