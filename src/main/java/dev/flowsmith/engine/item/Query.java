package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sanitized Directus query ({@link QueryReader} makes one from an operation's {@code query}
 * option). Null members are absent: fields default to {@code *}, sort to the collection's sort
 * field or key, limit to {@link #LIMIT_DEFAULT}.
 *
 * @param filter the raw filter object, compiled per call by {@link FilterCompiler}
 * @param limit -1 for all rows
 */
public record Query(@Nullable List<String> fields, @Nullable JsValue filter, @Nullable List<String> sort,
    @Nullable Integer limit, @Nullable Integer offset, @Nullable Integer page, @Nullable String search) {

  /** Directus's {@code QUERY_LIMIT_DEFAULT}. */
  public static final int LIMIT_DEFAULT = 100;

  public static final Query EMPTY = new Query(null, null, null, null, null, null, null);

  public Query {
    fields = fields == null ? null : List.copyOf(fields);
    sort = sort == null ? null : List.copyOf(sort);
  }

  public Query withFields(@Nullable List<String> newFields) {
    return new Query(newFields, filter, sort, limit, offset, page, search);
  }

  public Query withFilter(@Nullable JsValue newFilter) {
    return new Query(fields, newFilter, sort, limit, offset, page, search);
  }

  public Query withSort(@Nullable List<String> newSort) {
    return new Query(fields, filter, newSort, limit, offset, page, search);
  }

  public Query withLimit(@Nullable Integer newLimit) {
    return new Query(fields, filter, sort, newLimit, offset, page, search);
  }

  public Query withOffset(@Nullable Integer newOffset) {
    return new Query(fields, filter, sort, limit, newOffset, page, search);
  }

  public Query withPage(@Nullable Integer newPage) {
    return new Query(fields, filter, sort, limit, offset, newPage, search);
  }

  public Query withSearch(@Nullable String newSearch) {
    return new Query(fields, filter, sort, limit, offset, page, newSearch);
  }

  /** The filter ANDed with {@code extra}: {@code {_and: [extra, filter]}}, as readOne/readMany build it. */
  public Query and(JsObject extra) {
    JsValue combined = filter == null ? extra
        : JsObject.of("_and", JsArray.of(extra, filter));
    return withFilter(combined);
  }

  /** The limit a read applies: the query's, else {@link #LIMIT_DEFAULT}. */
  public int effectiveLimit() {
    return limit == null ? LIMIT_DEFAULT : limit;
  }
}
