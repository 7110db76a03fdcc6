package dev.flowsmith.engine.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored and returned forms per field type (Directus 11.11 on SQLite). */
class FieldCodecTest {

  @ParameterizedTest(name = "{0} {1} → stored {2} → read {3}")
  @CsvSource(delimiter = '|', value = {
      "integer   | 5                          | 5                          | 5",
      "integer   | \"7\"                      | 7                          | 7",
      "integer   | \"seven\"                  | \"seven\"                  | \"seven\"",
      "integer   | true                       | 1                          | 1",
      "float     | 1e308                      | 1e+308                     | 1e+308",
      "float     | \" 2.5 \"                  | 2.5                        | 2.5",
      "boolean   | true                       | 1                          | true",
      "boolean   | \"0\"                      | 0                          | false",
      "boolean   | \"yes\"                    | \"yes\"                    | \"yes\"",
      "string    | 12.5                       | \"12.5\"                   | \"12.5\"",
      "string    | false                      | \"0\"                      | \"0\"",
      "timestamp | \"2025-02-10T09:00:00.000Z\" | 1739178000000            | \"2025-02-10T09:00:00.000Z\"",
      "timestamp | \"2025-02-10T10:00:00+01:00\" | 1739178000000           | \"2025-02-10T09:00:00.000Z\"",
      "timestamp | \"2025-02-10\"             | 1739145600000              | \"2025-02-10T00:00:00.000Z\"",
      "timestamp | \"soon\"                   | \"soon\"                   | \"soon\"",
      "dateTime  | \"2025-02-10T09:00:00.123Z\" | \"2025-02-10T09:00:00\"  | \"2025-02-10T09:00:00\"",
      "date      | \"2026-11-02\"             | \"2026-11-02\"             | \"2026-11-02\"",
      "json      | {\"a\":[1,null]}           | \"{\\\"a\\\":[1,null]}\"   | {\"a\":[1,null]}",
      "json      | \"[1,2]\"                  | \"[1,2]\"                  | [1,2]",
      "json      | \"undefined\"              | \"undefined\"              | \"undefined\"",
      "csv       | [\"a\",1]                  | \"a,1\"                    | [\"a\",\"1\"]",
      "csv       | \"\"                       | \"\"                       | []",
      "uuid      | null                       | null                       | null",
  })
  void storesAndReadsLikeTheServer(String type, String given, String stored, String read) {
    FieldSchema field = FieldSchema.of("f", FieldType.of(type));
    JsValue db = FieldCodec.toDb(field, JsJson.parse(given));
    assertThat(json(db)).isEqualTo(stored);
    assertThat(json(FieldCodec.fromDb(field, db))).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0} operand {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "integer   | \"2\"                  | 2",
      "integer   | \"\"                   | 0",
      "float     | true                   | 1",
      "string    | 5                      | \"5\"",
      "boolean   | true                   | 1",
      "boolean   | \"1\"                  | 1",
      "timestamp | \"2020-01-01\"         | 1577836800000",
      "date      | \"garbage\"            | \"NaN\"",
      "json      | [1]                    | [1]",
  })
  void castsFilterOperandsLikeTheQueryBuilder(String type, String operand, String cast) {
    assertThat(json(FieldCodec.operand(FieldSchema.of("f", FieldType.of(type)), JsJson.parse(operand))))
        .isEqualTo(cast);
  }

  private static String json(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }

  @Test
  void datesAndConcealedFieldsReadAsTheServerShowsThem() {
    FieldSchema when = FieldSchema.of("when", FieldType.TIMESTAMP);
    assertThat(json(FieldCodec.toDb(when, JsDate.ofEpochMillis(0)))).isEqualTo("0");
    FieldSchema secret = FieldSchema.of("password", FieldType.HASH).withSpecial(List.of("conceal"));
    assertThat(json(FieldCodec.fromDb(secret, JsValue.of("hash")))).isEqualTo("\"**********\"");
    assertThat(json(FieldCodec.fromDb(secret, JsValue.NULL))).isEqualTo("null");
    FieldSchema tags = FieldSchema.of("tags", FieldType.CSV);
    assertThat(FieldCodec.fromDb(tags, FieldCodec.toDb(tags, JsArray.EMPTY))).isEqualTo(JsArray.EMPTY);
  }
}
