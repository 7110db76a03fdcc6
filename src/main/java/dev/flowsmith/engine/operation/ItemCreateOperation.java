package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;

/**
 * {@code item-create} (engine.md §6.3, api 30): the payload (object, array of objects or JSON
 * text) becomes one item per element, created in one transaction. Result: always the array of
 * keys in input order ({@code [15]}); a falsy payload creates nothing and gives null.
 */
public final class ItemCreateOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("item-create", "Create Data", "add", List.of("collection", "payload"),
        CommonOptions.collection(), CommonOptions.permissions().half().build(), CommonOptions.emitEvents(),
        field("payload", "Payload", JSON).build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
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
