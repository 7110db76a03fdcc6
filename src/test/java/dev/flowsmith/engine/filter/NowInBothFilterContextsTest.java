package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.Condition;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.FilterCompiler;
import dev.flowsmith.engine.item.FilterContext;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A condition operation (engine.md §6.1) and an item query (§6.4) read {@code $NOW(…)} in the
 * same filter the same way, as Directus' one {@code adjustDate} does: the operand each side
 * compares with is the same date, and the one Directus computes (values from
 * {@code conformance/adjust-date.json}; 02:30 on 2024-03-31 does not exist in Berlin, so it is 03:30).
 */
class NowInBothFilterContextsTest {

  private static final CollectionSchema EVENTS = CollectionSchema.of("events", List.of(
      FieldSchema.of("id", FieldType.INTEGER).asPrimaryKey(true), FieldSchema.of("at", FieldType.TIMESTAMP)));
  private static final Schema SCHEMA = new Schema(Map.of("events", EVENTS), List.of());

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      UTC              | 2024-01-31T10:30:00.000Z | 1 month     | 2024-02-29T10:30:00.000Z
      UTC              | 2024-03-31T23:30:00.000Z | -1 month    | 2024-02-29T23:30:00.000Z
      UTC              | 2024-02-29T12:00:00.000Z | 1 year      | 2025-02-28T12:00:00.000Z
      UTC              | 2024-02-29T12:00:00.000Z | -4 years    | 2020-02-29T12:00:00.000Z
      UTC              | 2024-01-31T10:30:00.000Z | +1.5 months | 2024-02-29T10:30:00.000Z
      UTC              | 2024-01-31T10:30:00.000Z | -1.9 months | 2023-12-31T10:30:00.000Z
      UTC              | 2024-01-31T10:30:00.000Z | 1.9 days    | 2024-02-01T10:30:00.000Z
      UTC              | 2024-01-31T10:30:00.000Z | -1.5 ms     | 2024-01-31T10:29:59.998Z
      UTC              | 2024-01-31T10:30:00.000Z | 0.5 hours   | 2024-01-31T11:00:00.000Z
      Europe/Berlin    | 2024-03-30T01:30:00.000Z | 1 day       | 2024-03-31T01:30:00.000Z
      Europe/Berlin    | 2024-01-31T10:30:00.000Z | -2 weeks    | 2024-01-17T10:30:00.000Z
      America/New_York | 2024-03-31T23:30:00.000Z | 1 month     | 2024-04-30T23:30:00.000Z
      """)
  void conditionAndItemQueryCompareWithTheSameDate(String zone, String now, String adjustment, String directus) {
    Clock clock = Clock.fixed(Instant.parse(now), ZoneId.of(zone));
    String operand = "$NOW(" + adjustment + ")";

    JsObject condition = new FilterNormalizer(new DynamicVariables(JsValue.NULL, clock))
        .normalize(FilterRun.json("{'$trigger':{'at':{'_gte':'" + operand + "'}}}"));
    JsValue conditionOperand = ((JsObject) ((JsObject) condition.get("$trigger")).get("at")).get("_gte");
    Condition query = new FilterCompiler(SCHEMA, FilterContext.at(clock, ItemAccess.system()))
        .compile(EVENTS, FilterRun.json("{'at':{'_gte':'" + operand + "'}}"));
    JsValue queryOperand = ((Condition.Compare) query).operand();

    assertThat(((JsDate) conditionOperand).toIsoString()).isEqualTo(directus);
    assertThat(queryOperand).isEqualTo(conditionOperand);
  }
}
