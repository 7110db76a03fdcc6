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
 * {@code item-read} (engine.md §6.4, api 30): no key (missing, {@code ""}, {@code 0}, {@code []})
 * reads by query and gives an array; one key ({@code 1}, {@code [1]}, {@code "1"}) gives the item
 * itself or rejects FORBIDDEN when it does not exist; several keys ({@code [1,2]}, {@code "1,2"})
 * give the existing items as an array.
 */
public final class ItemReadOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("item-read", "Read Data", "visibility", List.of("collection", "key"),
        CommonOptions.permissions().build(), CommonOptions.collection(), CommonOptions.keys(),
        field("query", "Query", JSON).build(), CommonOptions.emitEvents());

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
        () -> store.readByQuery(collection, query, access),
        key -> store.readOne(collection, key, query, access),
        keys -> store.readMany(collection, keys, query, access));
  }
}
