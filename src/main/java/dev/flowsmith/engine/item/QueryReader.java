package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Directus {@code sanitizeQuery} + {@code validateQuery} for the query object of an item
 * operation (engine.md §6.4): {@code fields} and {@code sort} from arrays or comma strings
 * (trimmed), {@code filter} from an object or JSON text, {@code limit} ≥ -1, {@code offset} and
 * {@code page} ≥ 0 via JS {@code Number()}, {@code search} if a string; a filter whose
 * {@code _and}/{@code _or} is not an array rejects as parseFilter does ("Invalid filter object"); {@code aggregate} (each
 * operation's fields from an array or comma string), {@code groupBy} like {@code fields},
 * {@code deep} and {@code alias} from objects or JSON text. {@code meta} is accepted and ignored.
 */
public final class QueryReader {

  private QueryReader() {}

  /**
   * A query as Directus's REST routes hand it to the item service: read as {@link #read}, then the
   * validateQuery middleware's operand checks on a non-empty filter ({@link FilterValues}), which
   * item operations in flows do not make.
   */
  public static Query readForRoute(@Nullable JsValue raw) {
    Query query = read(raw);
    if (query.filter() instanceof JsObject filter && !filter.members().isEmpty()) {
      FilterValues.check(filter);
    }
    return query;
  }

  public static Query read(@Nullable JsValue raw) {
    if (!(raw instanceof JsObject query)) {
      return Query.EMPTY;
    }
    return new Query(list(query.get("fields")), filter(query.get("filter")), list(query.get("sort")),
        integer(query.get("limit"), "limit", -1), integer(query.get("offset"), "offset", 0),
        integer(query.get("page"), "page", 0),
        query.get("search") instanceof JsString s ? s.value() : null,
        aggregate(query.get("aggregate")), list(query.get("groupBy")),
        object(query.get("deep"), "deep"), alias(query.get("alias")));
  }

  private static @Nullable Map<String, List<String>> aggregate(JsValue value) {
    JsObject operations = object(value, "aggregate");
    if (operations == null) {
      return null;
    }
    Map<String, List<String>> aggregate = new LinkedHashMap<>();
    operations.members().forEach((operation, fields) -> {
      List<String> names = list(fields);
      if (names != null) {
        aggregate.put(operation, names);
      }
    });
    return aggregate;
  }

  private static @Nullable Map<String, String> alias(JsValue value) {
    JsObject aliases = object(value, "alias");
    if (aliases == null) {
      return null;
    }
    Map<String, String> alias = new LinkedHashMap<>();
    aliases.members().forEach((name, field) -> alias.put(name, JsStrings.toJsString(field)));
    return alias;
  }

  /** An object member given as an object or as JSON text. */
  private static @Nullable JsObject object(JsValue value, String name) {
    if (value instanceof JsObject object) {
      return object;
    }
    if (value instanceof JsString text) {
      try {
        return JsJson.parse(text.value()) instanceof JsObject parsed ? parsed : null;
      } catch (RuntimeException invalid) {
        throw ItemErrors.invalidQuery("Invalid JSON for " + name + " object");
      }
    }
    return null;
  }

  private static @Nullable List<String> list(JsValue value) {
    if (value.isNullish()) {
      return null;
    }
    List<String> raw = new ArrayList<>();
    if (value instanceof JsString s) {
      raw.addAll(List.of(s.value().split(",", -1)));
    } else if (value instanceof JsArray array) {
      array.elements().forEach(element -> raw.add(JsStrings.toJsString(element)));
    } else {
      return null;
    }
    List<String> entries = new ArrayList<>();
    for (String entry : raw) {
      for (String part : entry.split(",", -1)) {
        entries.add(JsStrings.trim(part));
      }
    }
    return entries;
  }

  private static @Nullable JsValue filter(JsValue value) {
    if (value.isNullish()) {
      return null;
    }
    JsValue filter = value;
    if (value instanceof JsString text) {
      try {
        filter = JsJson.parse(text.value());
      } catch (RuntimeException invalid) {
        throw ItemErrors.invalidQuery("Invalid JSON for filter object");
      }
    }
    requireLogicalArrays(filter);
    return filter;
  }

  /** parseFilter maps over every {@code _and}/{@code _or}; on anything but an array it fails so. */
  private static void requireLogicalArrays(JsValue filter) {
    if (filter instanceof JsObject object) {
      object.members().forEach((key, nested) -> {
        if ((key.equals("_and") || key.equals("_or")) && !(nested instanceof JsArray)) {
          throw ItemErrors.invalidQuery("Invalid filter object");
        }
        if (!key.equals("_some") && !key.equals("_none") && key.startsWith("_") && !key.equals("_and")
            && !key.equals("_or")) {
          return; // an operand, not a filter
        }
        requireLogicalArrays(nested);
      });
    } else if (filter instanceof JsArray array) {
      array.elements().forEach(QueryReader::requireLogicalArrays);
    }
  }

  private static @Nullable Integer integer(JsValue value, String name, int minimum) {
    if (value.isNullish()) {
      return null;
    }
    double number = SqlValues.toNumber(value);
    if (Double.isNaN(number)) {
      throw ItemErrors.invalidQuery("\"" + name + "\" must be a number");
    }
    if (number != Math.rint(number) || Double.isInfinite(number)) {
      throw ItemErrors.invalidQuery("\"" + name + "\" must be an integer");
    }
    if (number < minimum) {
      throw ItemErrors.invalidQuery("\"" + name + "\" must be greater than or equal to " + minimum);
    }
    return number > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) number;
  }
}
