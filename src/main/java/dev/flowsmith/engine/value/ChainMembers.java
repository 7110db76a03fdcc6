package dev.flowsmith.engine.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One snapshot of a {@link DataChain}: an immutable map over the first {@code size} slots of the
 * chain's shared arrays, which the chain never writes again (it appends, or copies the arrays).
 * Lookups go through the chain's slot index, so {@code get} is O(1) on any snapshot; iteration
 * follows JS property order (array-index keys first, numerically, then slot order).
 */
final class ChainMembers extends AbstractMap<String, JsValue> {

  private final String[] keys;
  private final JsValue[] values;
  private final int size;
  private final JsValue last;
  private final Map<String, Integer> slots;
  private final boolean hasIndexKeys;
  private Set<Entry<String, JsValue>> entries;

  ChainMembers(String[] keys, JsValue[] values, int size, JsValue last, Map<String, Integer> slots,
      boolean hasIndexKeys) {
    this.keys = keys;
    this.values = values;
    this.size = size;
    this.last = last;
    this.slots = slots;
    this.hasIndexKeys = hasIndexKeys;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return slotOf(key) >= 0;
  }

  @Override
  public JsValue get(Object key) {
    int slot = slotOf(key);
    return slot < 0 ? null : valueAt(slot);
  }

  private int slotOf(Object key) {
    Integer slot = key instanceof String ? slots.get(key) : null;
    // the index is shared with later snapshots: a slot past this one's size was added after it
    return slot == null || slot >= size ? -1 : slot;
  }

  private JsValue valueAt(int slot) {
    return slot == DataChain.LAST_SLOT ? last : values[slot];
  }

  @Override
  public Set<Entry<String, JsValue>> entrySet() {
    if (entries == null) {
      entries = new EntrySet(order());
    }
    return entries;
  }

  /** Slots in JS property order. */
  private int[] order() {
    int[] order = new int[size];
    if (!hasIndexKeys) {
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      return order;
    }
    List<Integer> index = new ArrayList<>();
    List<Integer> named = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      (JsObject.isArrayIndex(keys[i]) ? index : named).add(i);
    }
    index.sort((a, b) -> Long.compare(Long.parseLong(keys[a]), Long.parseLong(keys[b])));
    int at = 0;
    for (int slot : index) {
      order[at++] = slot;
    }
    for (int slot : named) {
      order[at++] = slot;
    }
    return order;
  }

  private final class EntrySet extends AbstractSet<Entry<String, JsValue>> {
    private final int[] order;

    EntrySet(int[] order) {
      this.order = order;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Entry<String, JsValue>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < order.length;
        }

        @Override
        public Entry<String, JsValue> next() {
          if (next >= order.length) {
            throw new NoSuchElementException();
          }
          int slot = order[next++];
          return new SimpleImmutableEntry<>(keys[slot], valueAt(slot));
        }
      };
    }
  }
}
