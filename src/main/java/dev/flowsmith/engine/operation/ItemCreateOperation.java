package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;

/**
 * {@code item-create} (engine.md §6.3, api 30): the payload (object, array of objects or JSON
 * text) becomes one item per element, created in one transaction. Result: always the array of
 * keys in input order ({@code [15]}); a falsy payload creates nothing and gives null.
 */
public final class ItemCreateOperation implements OperationHandler {

  @Override
  public String type() {
    return "item-create";
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    ItemStore store = context.service(ItemStore.class);
    ItemAccess access = ItemOptions.access(options, context, store);
    JsValue payload = ItemOptions.optionToObject(options.get("payload"));
    if (!payload.isTruthy()) {
      return JsValue.NULL;
    }
    return ItemOptions.array(store.createMany(ItemOptions.collection(options), ItemOptions.toArray(payload), access));
  }
}
