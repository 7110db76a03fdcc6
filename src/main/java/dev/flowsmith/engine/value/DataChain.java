package dev.flowsmith.engine.value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The data chain of one run (engine.md §4.1): {@code $trigger}, {@code $last},
 * {@code $accountability}, {@code $env}, then one key per executed operation. The only mutable
 * piece of the value model; keys keep their first position when re-assigned, so {@code $last}
 * stays second. Not thread-safe: one run writes it from one thread.
 */
public final class DataChain {

  public static final String TRIGGER = "$trigger";
  public static final String LAST = "$last";
  public static final String ACCOUNTABILITY = "$accountability";
  public static final String ENV = "$env";

  private final Map<String, JsValue> entries = new LinkedHashMap<>();

  private DataChain() {}

  /** engine.md §4.1: the four initial keys; the trigger value is also the first {@code $last}. */
  public static DataChain start(JsValue trigger, JsValue accountability, JsObject env) {
    DataChain chain = new DataChain();
    chain.entries.put(TRIGGER, trigger);
    chain.entries.put(LAST, trigger);
    chain.entries.put(ACCOUNTABILITY, accountability);
    chain.entries.put(ENV, env);
    return chain;
  }

  /** engine.md §4.2: an operation's value lands under its key and under {@code $last}. */
  public void record(String operationKey, JsValue value) {
    put(operationKey, value);
    put(LAST, value);
  }

  /** Sets one key (JS assignment: an existing key keeps its position). */
  public void put(String key, JsValue value) {
    entries.put(Objects.requireNonNull(key), Objects.requireNonNull(value, key));
  }

  /** The value under a key, or undefined. */
  public JsValue get(String key) {
    JsValue value = entries.get(key);
    return value == null ? JsValue.UNDEFINED : value;
  }

  public JsValue last() {
    return get(LAST);
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The chain as an immutable object in JS property order, e.g. for rendering or the run log. */
  public JsObject snapshot() {
    return new JsObject(entries);
  }

  @Override
  public String toString() {
    return "DataChain" + entries.keySet();
  }
}
