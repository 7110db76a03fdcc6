package dev.flowsmith.workspace;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.TriggerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which active event flows listen to which event names, as Directus registers them at load time
 * (engine.md §3.1): filter and action flows apart, each name's flows in workspace order.
 */
public record EventSubscriptions(Map<String, List<Flow>> filters, Map<String, List<Flow>> actions) {

  public static final EventSubscriptions NONE = new EventSubscriptions(Map.of(), Map.of());

  private static final String SYSTEM_PREFIX = "directus_";
  private static final List<String> ITEM_SCOPES = List.of("items.create", "items.update", "items.delete");

  public EventSubscriptions {
    filters = copy(filters);
    actions = copy(actions);
  }

  public static EventSubscriptions of(List<Flow> flows) {
    Map<String, List<Flow>> filters = new LinkedHashMap<>();
    Map<String, List<Flow>> actions = new LinkedHashMap<>();
    for (Flow flow : flows) {
      if (!Flow.ACTIVE.equals(flow.status()) || flow.triggerType().orElse(null) != TriggerType.EVENT) {
        continue;
      }
      Map<String, List<Flow>> target = switch (flow.triggerOptions().string("type").orElse("")) {
        case "filter" -> filters;
        case "action" -> actions;
        default -> null; // §3.1: any other type registers nothing
      };
      if (target != null) {
        eventNames(flow).forEach(name -> target.computeIfAbsent(name, n -> new ArrayList<>()).add(flow));
      }
    }
    return new EventSubscriptions(filters, actions);
  }

  /**
   * The names a flow listens to: {@code items.create|update|delete} expand to one name per
   * collection ({@code articles.items.create}; system collections {@code users.create}) and to
   * nothing without collections; every other scope is registered verbatim, i.e. globally.
   */
  public static List<String> eventNames(Flow flow) {
    List<String> collections = list(flow.triggerOptions().get("collections"));
    List<String> names = new ArrayList<>();
    for (String scope : list(flow.triggerOptions().get("scope"))) {
      if (!ITEM_SCOPES.contains(scope)) {
        names.add(scope);
        continue;
      }
      String action = scope.substring("items.".length());
      collections.forEach(collection -> names.add(itemEventName(collection, action)));
    }
    return names;
  }

  /** The collections an event flow's trigger lists ({@code options.collections}, as Directus reads it). */
  public static List<String> collections(Flow flow) {
    return list(flow.triggerOptions().get("collections"));
  }

  /** The specific name an item change is emitted under: {@code articles.items.update}, {@code users.create}. */
  public static String itemEventName(String collection, String action) {
    return collection.startsWith(SYSTEM_PREFIX)
        ? collection.substring(SYSTEM_PREFIX.length()) + "." + action
        : collection + ".items." + action;
  }

  public List<Flow> filters(String eventName) {
    return filters.getOrDefault(eventName, List.of());
  }

  public List<Flow> actions(String eventName) {
    return actions.getOrDefault(eventName, List.of());
  }

  /**
   * Directus's {@code toArray}: an array as it is, a string split on commas (not trimmed, so
   * {@code "a, b"} names {@code " b"}); non-strings in an array are skipped.
   */
  private static List<String> list(Optional<JsonValue> value) {
    List<String> items = new ArrayList<>();
    if (value.orElse(null) instanceof JsonArray array) {
      array.elements().forEach(e -> {
        if (e instanceof JsonString s) {
          items.add(s.value());
        }
      });
    } else if (value.orElse(null) instanceof JsonString s && !s.value().isEmpty()) {
      items.addAll(List.of(s.value().split(",")));
    }
    return items;
  }

  private static Map<String, List<Flow>> copy(Map<String, List<Flow>> map) {
    Map<String, List<Flow>> copy = new LinkedHashMap<>();
    map.forEach((name, flows) -> copy.put(name, List.copyOf(flows)));
    return Collections.unmodifiableMap(copy);
  }
}
