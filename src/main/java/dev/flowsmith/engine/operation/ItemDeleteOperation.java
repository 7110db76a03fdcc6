package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;

/**
 * {@code item-delete} (engine.md §6.6, api 30): no key deletes what the query selects (default
 * limit 100 — with no query at all, the first 100 items) and gives the deleted keys; one key gives
 * that key as given; several keys ({@code "1,2"} splits) give the array. {@code key} wins over
 * {@code query}; the 12.x "both key and query" rejection does not exist in api 30.
 */
public final class ItemDeleteOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("item-delete", "Delete Data", "delete", List.of("collection", "key"),
        CommonOptions.collection(), CommonOptions.permissions().half().build(), CommonOptions.emitEvents(),
        CommonOptions.keys(), field("query", "Query", JSON).build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    ItemStore store = context.service(ItemStore.class);
    ItemAccess access = ItemOptions.access(options, context, store);
    Query query = ItemOptions.query(options);
    String collection = ItemOptions.collection(options);
    return ItemOptions.byKey(options.get("key"),
        () -> store.deleteByQuery(collection, query, access),
        key -> store.deleteOne(collection, key, access),
        keys -> store.deleteMany(collection, keys, access));
  }
}
