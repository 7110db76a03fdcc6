package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sanitized Directus query ({@link QueryReader} makes one from an operation's {@code query}
 * option). Null members are absent: fields default to {@code *}, sort to the collection's sort
 * field or key (the first group when grouping), limit to {@link #LIMIT_DEFAULT}.
 *
 * @param filter the raw filter object, compiled per call by {@link FilterCompiler}
 * @param limit -1 for all rows
 * @param aggregate operation ({@code count}, {@code sum}, …, {@code countAll}) → fields, in order
 * @param group {@code groupBy}: fields or date functions such as {@code year(date)}
 * @param deep per relational field: {@code _filter}, {@code _sort}, {@code _limit}, {@code _offset},
 *     {@code _page}, {@code _search}, and nested fields' own deep objects
 * @param alias alias name → the field it reads
 */
public record Query(@Nullable List<String> fields, @Nullable JsValue filter, @Nullable List<String> sort,
    @Nullable Integer limit, @Nullable Integer offset, @Nullable Integer page, @Nullable String search,
    @Nullable Map<String, List<String>> aggregate, @Nullable List<String> group, @Nullable JsObject deep,
    @Nullable Map<String, String> alias) {

  /** Directus's {@code QUERY_LIMIT_DEFAULT}. */
  public static final int LIMIT_DEFAULT = 100;

  public static final Query EMPTY = new Query(null, null, null, null, null, null, null);

  public Query {
    fields = fields == null ? null : List.copyOf(fields);
    sort = sort == null ? null : List.copyOf(sort);
    aggregate = aggregate == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aggregate));
    group = group == null ? null : List.copyOf(group);
    alias = alias == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alias));
  }

  /** A query without aggregation, deep or aliases. */
  public Query(@Nullable List<String> fields, @Nullable JsValue filter, @Nullable List<String> sort,
      @Nullable Integer limit, @Nullable Integer offset, @Nullable Integer page, @Nullable String search) {
    this(fields, filter, sort, limit, offset, page, search, null, null, null, null);
  }

  public Query withFields(@Nullable List<String> newFields) {
    return new Query(newFields, filter, sort, limit, offset, page, search, aggregate, group, deep, alias);
  }

  public Query withFilter(@Nullable JsValue newFilter) {
    return new Query(fields, newFilter, sort, limit, offset, page, search, aggregate, group, deep, alias);
  }

  public Query withSort(@Nullable List<String> newSort) {
    return new Query(fields, filter, newSort, limit, offset, page, search, aggregate, group, deep, alias);
  }

  public Query withLimit(@Nullable Integer newLimit) {
    return new Query(fields, filter, sort, newLimit, offset, page, search, aggregate, group, deep, alias);
  }

  public Query withOffset(@Nullable Integer newOffset) {
    return new Query(fields, filter, sort, limit, newOffset, page, search, aggregate, group, deep, alias);
  }

  public Query withPage(@Nullable Integer newPage) {
    return new Query(fields, filter, sort, limit, offset, newPage, search, aggregate, group, deep, alias);
  }

  public Query withSearch(@Nullable String newSearch) {
    return new Query(fields, filter, sort, limit, offset, page, newSearch, aggregate, group, deep, alias);
  }

  public Query withAggregate(@Nullable Map<String, List<String>> newAggregate, @Nullable List<String> newGroup) {
    return new Query(fields, filter, sort, limit, offset, page, search, newAggregate, newGroup, deep, alias);
  }

  public Query withDeep(@Nullable JsObject newDeep) {
    return new Query(fields, filter, sort, limit, offset, page, search, aggregate, group, newDeep, alias);
  }

  public Query withAlias(@Nullable Map<String, String> newAlias) {
    return new Query(fields, filter, sort, limit, offset, page, search, aggregate, group, deep, newAlias);
  }

  /** Whether the query aggregates or groups: its rows are computed, not items. */
  public boolean aggregates() {
    return aggregate != null && !aggregate.isEmpty() || group != null && !group.isEmpty();
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
