package dev.flowsmith.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathLookupTest {

  private static final JsValue SCOPE = JsJson.parse("{\"read_items\":[{\"id\":11},{\"id\":12}],"
      + "\"a\":{\"my key\":7,\"x\":{\"y\":1}},\"s\":\"text\",\"nul\":null,\"0\":\"zero\"}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      read_items[0].id       | read_items,0,id
      read_items.0.id        | read_items,0,id
      a["my key"]            | a,my key
      a['x'].y               | a,x,y
      a[`x`][ 'y' ]          | a,x,y
      a . x . y              | a,x,y
      [0]                    | 0
      a[+1]                  | a,1
      a[0].[1]               | a,0,1
      a[0].                  | a,0
      a]b                    | a]b
      ~a["x"y"]~             | a,x"y
      """)
  void splitsPathsIntoNames(String path, String names) {
    assertThat(PathLookup.names(path)).containsExactly(names.split(","));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      read_items[0.id   | Missing ] in varName "read_items[0.id"
      a[b[]             | Missing ] in varName "b["
      a[]               | Unexpected token ]
      a["x']            | Mismatching string quotation: ""x'"
      a[x']             | Mismatching string quotation: "x'"
      ~a["]~            | Mismatching string quotation: "\""
      .a                | Unexpected . at the start of ".a"
      a[0]b             | Missing . at the start of "b"
      a.                | Unexpected "." at the end of "a."
      a.[0]             | Unexpected "." at the end of "a."
      a..b              | Empty prop name when parsing "a..b"
      a[0]..b           | Empty prop name when parsing "..b"
      """)
  void rejectsMalformedPathsWithMicromustacheMessages(String path, String message) {
    assertThatThrownBy(() -> PathLookup.resolve(path, SCOPE))
        .isInstanceOfSatisfying(JsException.class,
            thrown -> assertThat(thrown.value()).isEqualTo(JsError.of("SyntaxError", message)));
  }

  @Test
  void limitsPathsToTenNames() {
    assertThat(PathLookup.resolve("a.b.c.d.e.f.g.h.i.j", SCOPE)).isSameAs(JsValue.UNDEFINED);
    assertThatThrownBy(() -> PathLookup.resolve("missing.b.c.d.e.f.g.h.i.j.k", SCOPE))
        .isInstanceOfSatisfying(JsException.class, thrown -> assertThat(thrown.value()).isEqualTo(
            JsError.of("ReferenceError",
                "The path cannot be deeper than 10 levels. Got \"missing > b > c > d > e > f > g > h > i > j > k\"")));
  }

  @Test
  void walksObjectsAndArraysWithJavaScriptInSemantics() {
    assertThat(PathLookup.resolve("read_items[1].id", SCOPE)).isEqualTo(JsValue.of(12));
    assertThat(PathLookup.resolve("read_items.length", SCOPE)).isEqualTo(JsValue.of(2));
    assertThat(PathLookup.resolve("read_items.2", SCOPE)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("read_items.01", SCOPE)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("a[\"my key\"]", SCOPE)).isEqualTo(JsValue.of(7));
    assertThat(PathLookup.resolve("0", SCOPE)).isEqualTo(JsValue.of("zero"));
    assertThat(PathLookup.resolve("s.length", SCOPE)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("nul.x", SCOPE)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("nul", SCOPE)).isEqualTo(JsValue.NULL);
    assertThat(PathLookup.resolve("a", JsValue.of("not an object"))).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void seesHiddenErrorPropertiesButNotDateOnes() {
    JsError boom = JsError.directus("MY_CODE", 422, "Bad 42", null).withoutStack();
    JsObject scope = JsObject.builder()
        .put("boom", boom)
        .put("plain", JsError.of("SyntaxError", "bad").withCause(JsValue.of("why")))
        .put("when", JsDate.ofEpochMillis(0))
        .put("list", JsArray.of(boom))
        .build();

    assertThat(PathLookup.resolve("boom.message", scope)).isEqualTo(JsValue.of("Bad 42"));
    assertThat(PathLookup.resolve("boom.code", scope)).isEqualTo(JsValue.of("MY_CODE"));
    assertThat(PathLookup.resolve("boom.name", scope)).isEqualTo(JsValue.of("DirectusError"));
    assertThat(PathLookup.resolve("boom.stack", scope)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("boom.extensions", scope)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("plain.stack", scope)).isEqualTo(JsValue.of("SyntaxError: bad"));
    assertThat(PathLookup.resolve("plain.cause", scope)).isEqualTo(JsValue.of("why"));
    assertThat(PathLookup.resolve("plain.name.length", scope)).isSameAs(JsValue.UNDEFINED);
    assertThat(PathLookup.resolve("list[0].status", scope)).isEqualTo(JsValue.of(422));
    assertThat(PathLookup.resolve("when.getTime", scope)).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void servesTheRunResultReturnPath() {
    // engine.md §4.5: return paths use the same syntax without braces
    JsValue chain = JsJson.parse("{\"$last\":{\"a\":1},\"calc\":{\"b\":[null,1]}}");

    assertThat(PathLookup.resolve("$last", chain)).isEqualTo(JsJson.parse("{\"a\":1}"));
    assertThat(PathLookup.resolve("calc.b", chain)).isEqualTo(JsJson.parse("[null,1]"));
    assertThat(PathLookup.resolve("nothing.here", chain)).isSameAs(JsValue.UNDEFINED);
  }
}
