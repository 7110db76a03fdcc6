package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;

/**
 * {@code item-update} (engine.md §6.5, api 30 — not the stricter 12.x rules): a falsy payload
 * updates nothing and gives null; an array payload is a batch (each element carries its key) and
 * gives the keys; otherwise no key updates what the query selects (default limit 100, so an empty
 * query updates up to 100 items) and gives the keys, one key gives that key exactly as given
 * ({@code "1"} stays a string), several keys give the array. {@code key} wins over {@code query}.
 */
public final class ItemUpdateOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("item-update", "Update Data", "edit", List.of("collection", "key"),
        CommonOptions.collection(), CommonOptions.permissions().half().build(), CommonOptions.emitEvents(),
        CommonOptions.keys(), field("payload", "Payload", JSON).build(), field("query", "Query", JSON).build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    ItemStore store = context.service(ItemStore.class);
    ItemAccess access = ItemOptions.access(options, context, store);
    JsValue payload = ItemOptions.optionToObject(options.get("payload"));
    Query query = ItemOptions.query(options);
    if (!payload.isTruthy()) {
      return JsValue.NULL;
    }
    String collection = ItemOptions.collection(options);
    if (payload instanceof JsArray batch) {
      return ItemOptions.array(store.updateBatch(collection, batch.elements(), access));
    }
    JsObject data = payload instanceof JsObject object ? object : JsObject.EMPTY;
    return ItemOptions.byKey(options.get("key"),
        () -> store.updateByQuery(collection, query, data, access),
        key -> store.updateOne(collection, key, data, access),
        keys -> store.updateMany(collection, keys, data, access));
  }
}
