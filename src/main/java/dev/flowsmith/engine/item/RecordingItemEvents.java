package dev.flowsmith.engine.item;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event in order; thread-safe. */
public final class RecordingItemEvents implements ItemEvents {

  private final List<ItemEvent> events = new ArrayList<>();

  @Override
  public synchronized void emit(ItemEvent event) {
    events.add(event);
  }

  public synchronized List<ItemEvent> events() {
    return List.copyOf(events);
  }

  public synchronized void clear() {
    events.clear();
  }
}
