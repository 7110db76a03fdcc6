package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;

/**
 * One operation type (STYLE.md rule 2): {@code condition}, {@code exec}, … or a custom one.
 * Registered once in {@link OperationRegistry}; the run loop renders the options (engine.md
 * §5) before calling {@link #run}.
 *
 * <p>A handler brings its own {@link #description()}, so the side-panel form, lint and {@code
 * {{ }}} completion know a custom type as soon as it is registered. A custom handler with a
 * public no-argument constructor listed in {@code
 * META-INF/services/dev.flowsmith.engine.operation.OperationHandler} is found by {@link
 * StandardOperations} with no other edit.
 */
public interface OperationHandler {

  /** The type's id, name, icon and option description; core handlers return their {@code DESCRIPTION}. */
  OperationType description();

  /** The stored {@code type} this handler runs, e.g. {@code "item-read"}. */
  default String type() {
    return description().id();
  }

  /**
   * Runs the operation with its rendered options.
   *
   * @return the value stored under the operation's key; the run follows {@code resolve}
   * @throws dev.flowsmith.engine.value.JsException to reject with a JS value (usually a
   *     {@link dev.flowsmith.engine.value.JsError}); any other exception also rejects, as a
   *     plain {@code Error} carrying its message, so a crashing operation never ends the app
   */
  JsValue run(JsObject options, OperationContext context) throws Exception;
}
