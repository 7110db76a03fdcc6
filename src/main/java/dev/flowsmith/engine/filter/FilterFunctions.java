package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Function keys (engine.md §7.2): before a rule is checked, every key {@code fn(field)} in it
 * gets the value {@code fn(<sibling field>)} written into a copy of the data, as Directus'
 * {@code injectFunctionResults} does with lodash {@code get}/{@code set} on dotted paths. Paths
 * are split on dots only (lodash's bracket syntax is not read); a value set on a Date is lost.
 */
final class FilterFunctions {

  private static final Pattern BETWEEN_PARENS = Pattern.compile("\\(([^)]+)\\)");
  private static final List<String> BLOCKED_KEYS = List.of("__proto__", "constructor", "prototype");

  private final ZoneId zone;
  private JsValue data;

  private FilterFunctions(JsValue data, ZoneId zone) {
    this.data = data;
    this.zone = zone;
  }

  /** The data with every function key of {@code rule} filled in. */
  static JsValue inject(JsValue data, JsObject rule, ZoneId zone) {
    FilterFunctions functions = new FilterFunctions(data, zone);
    functions.level(rule, null);
    return functions.data;
  }

  private void level(JsObject filter, @Nullable String parentPath) {
    for (Map.Entry<String, JsValue> entry : filter.members().entrySet()) {
      String key = entry.getKey();
      String path = parentPath == null ? key : parentPath + "." + key;
      if (!key.startsWith("_") && entry.getValue() instanceof JsObject nested) {
        level(nested, path);
      }
      if (key.contains("(") && key.contains(")")) {
        String name = key.split("\\(", -1)[0];
        Matcher field = BETWEEN_PARENS.matcher(key);
        if (name.isEmpty() || !field.find()) {
          continue;
        }
        String valuePath = parentPath == null ? field.group(1) : parentPath + "." + field.group(1);
        data = set(data, path(path), 0, apply(name, get(data, path(valuePath))));
      }
    }
  }

  /** {@code functions[name](value)}. */
  private JsValue apply(String name, JsValue value) {
    if (name.equals("count")) {
      return value instanceof JsArray array ? JsValue.of(array.size()) : JsValue.NULL;
    }
    if (!List.of("year", "month", "week", "day", "weekday", "hour", "minute", "second").contains(name)) {
      throw JsException.of("TypeError", "functions[functionName] is not a function");
    }
    if (!(value instanceof JsString text)) {
      throw JsProperties.notAFunction(value, "dateString", "split"); // parseISO splits its argument
    }
    JsDate date = new JsDate(IsoDates.parse(text.value(), zone));
    if (!date.isValid()) {
      return JsValue.of(Double.NaN);
    }
    LocalDateTime utc = JsDates.local(date, ZoneId.of("UTC"));
    LocalDateTime local = JsDates.local(date, zone);
    return JsValue.of(switch (name) {
      case "year" -> utc.getYear();
      case "month" -> utc.getMonthValue();
      case "hour" -> utc.getHour();
      case "minute" -> utc.getMinute();
      case "second" -> utc.getSecond();
      case "day" -> local.getDayOfMonth();
      case "weekday" -> local.getDayOfWeek().getValue() % 7;
      default -> week(local.toLocalDate());
    });
  }

  /** date-fns {@code getWeek} with its defaults: weeks start on Sunday, week 1 contains January 1. */
  private static int week(LocalDate date) {
    int year = date.getYear();
    LocalDate weekYearStart = startOfWeek(LocalDate.of(year + 1, 1, 1));
    if (date.isBefore(weekYearStart)) {
      weekYearStart = startOfWeek(LocalDate.of(year, 1, 1));
      if (date.isBefore(weekYearStart)) {
        weekYearStart = startOfWeek(LocalDate.of(year - 1, 1, 1));
      }
    }
    return (int) (ChronoUnit.DAYS.between(weekYearStart, startOfWeek(date)) / 7) + 1;
  }

  private static LocalDate startOfWeek(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() % 7);
  }

  private static List<String> path(String dotted) {
    return Arrays.asList(dotted.split("\\.", -1));
  }

  /** lodash {@code get}: undefined as soon as a step is null or undefined. */
  private static JsValue get(JsValue root, List<String> path) {
    JsValue current = root;
    for (String key : path) {
      if (current.isNullish()) {
        return JsValue.UNDEFINED;
      }
      current = JsProperties.get(current, key);
    }
    return current;
  }

  /**
   * lodash {@code set}: missing or primitive steps are replaced by {@code {}} (or {@code []} when
   * the next key is an index); {@code __proto__}, {@code constructor} and {@code prototype} stop it.
   */
  private static JsValue set(JsValue container, List<String> path, int index, JsValue value) {
    if (!container.isObject() || path.stream().anyMatch(BLOCKED_KEYS::contains)) {
      return container;
    }
    String key = path.get(index);
    JsValue child = value;
    if (index < path.size() - 1) {
      JsValue existing = JsProperties.get(container, key);
      JsValue next = existing.isObject() ? existing
          : JsProperties.index(path.get(index + 1)) >= 0 ? JsArray.EMPTY : JsObject.EMPTY;
      child = set(next, path, index + 1, value);
    }
    return assign(container, key, child);
  }

  private static JsValue assign(JsValue container, String key, JsValue value) {
    if (container instanceof JsObject object) {
      return object.with(key, value);
    }
    if (container instanceof JsError error) {
      return error.withProperty(key, value);
    }
    if (container instanceof JsArray array && JsProperties.index(key) >= 0) {
      List<JsValue> elements = new ArrayList<>(array.elements());
      int i = JsProperties.index(key);
      while (elements.size() <= i) {
        elements.add(JsValue.UNDEFINED);
      }
      elements.set(i, value);
      return new JsArray(elements);
    }
    return container; // a Date or a named property on an array: not representable, never read
  }
}
