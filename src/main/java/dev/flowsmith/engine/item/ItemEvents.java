package dev.flowsmith.engine.item;

/**
 * Where the item store sends its action events. The workspace routes them to event-triggered
 * flows; {@link RecordingItemEvents} keeps them for tests and run inspection. Called after the
 * change is committed, outside the store's lock. Filter (blocking) events are not modelled.
 */
@FunctionalInterface
public interface ItemEvents {

  ItemEvents NONE = event -> { };

  void emit(ItemEvent event);
}
