package dev.flowsmith.engine.value;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data chain of one run (engine.md §4.1): {@code $trigger}, {@code $last},
 * {@code $accountability}, {@code $env}, then one key per executed operation. The only mutable
 * piece of the value model; keys keep their first position when re-assigned, so {@code $last}
 * stays second. One run writes it from one thread.
 *
 * <p>Persistent: the keys and values live in append-only arrays that every {@link #snapshot()}
 * shares, so recording a step and taking a snapshot cost O(1) whatever the chain's length, and a
 * snapshot handed to another thread never changes. {@code $last} is kept beside the arrays. Only
 * re-assigning a key other than {@code $last} (two operations with one key) copies the arrays.
 */
public final class DataChain {

  public static final String TRIGGER = "$trigger";
  public static final String LAST = "$last";
  public static final String ACCOUNTABILITY = "$accountability";
  public static final String ENV = "$env";

  /** The slot of {@code $last}: second, as §4.1 says. */
  static final int LAST_SLOT = 1;

  private String[] keys = new String[16];
  private JsValue[] values = new JsValue[16];
  private int size;
  /** key → slot; slots never move, so snapshots read it without a lock. */
  private ConcurrentHashMap<String, Integer> slots = new ConcurrentHashMap<>();
  private JsValue last;
  /** How many of the keys are array indices (JS puts those first); 0 in every real flow. */
  private int indexKeys;

  private DataChain(JsValue trigger) {
    this.last = trigger;
  }

  /** engine.md §4.1: the four initial keys; the trigger value is also the first {@code $last}. */
  public static DataChain start(JsValue trigger, JsValue accountability, JsObject env) {
    DataChain chain = new DataChain(Objects.requireNonNull(trigger, TRIGGER));
    chain.append(TRIGGER, trigger);
    chain.append(LAST, trigger);
    chain.append(ACCOUNTABILITY, Objects.requireNonNull(accountability, ACCOUNTABILITY));
    chain.append(ENV, env);
    return chain;
  }

  /** engine.md §4.2: an operation's value lands under its key and under {@code $last}. */
  public void record(String operationKey, JsValue value) {
    put(operationKey, value);
    put(LAST, value);
  }

  /** Sets one key (JS assignment: an existing key keeps its position). */
  public void put(String key, JsValue value) {
    Objects.requireNonNull(key);
    Objects.requireNonNull(value, key);
    if (LAST.equals(key)) {
      last = value;
      return;
    }
    Integer slot = slots.get(key);
    if (slot == null) {
      append(key, value);
    } else {
      // rare (two operations share a key): earlier snapshots keep the arrays they saw
      keys = Arrays.copyOf(keys, keys.length);
      values = Arrays.copyOf(values, values.length);
      values[slot] = value;
    }
  }

  private void append(String key, JsValue value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    slots.put(key, size);
    if (JsObject.isArrayIndex(key)) {
      indexKeys++;
    }
    size++;
  }

  /** The value under a key, or undefined. */
  public JsValue get(String key) {
    if (LAST.equals(key)) {
      return last;
    }
    Integer slot = slots.get(key);
    return slot == null ? JsValue.UNDEFINED : values[slot];
  }

  public JsValue last() {
    return last;
  }

  public boolean has(String key) {
    return slots.containsKey(key);
  }

  /**
   * The chain as an immutable object in JS property order, e.g. for rendering or the run log.
   * O(1): the object shares this chain's arrays up to the current length.
   */
  public JsObject snapshot() {
    return new JsObject(new ChainMembers(keys, values, size, last, slots, indexKeys > 0));
  }

  @Override
  public String toString() {
    return "DataChain" + Arrays.asList(keys).subList(0, size);
  }
}
