package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every matcher, matching and not, and deep equality's first mismatch. */
class JsonMatcherTest {

  private static JsonValue json(String text) throws Exception {
    return JsonText.parse(text, "test").root();
  }

  private static JsonMatcher.@Nullable Mismatch compare(String expected, @Nullable String actual) throws Exception {
    return JsonMatcher.compare(json(expected), actual == null ? null : json(actual));
  }

  @Test
  void deepEqualityNamesTheFirstDifferingPath() throws Exception {
    assertThat(compare("{\"a\": [1, {\"b\": 2}]}", "{\"a\": [1.0, {\"b\": 2}]}")).isNull();
    assertThat(compare("{\"a\": [1, {\"b\": 2}]}", "{\"a\": [1, {\"b\": 3}]}"))
        .isEqualTo(new JsonMatcher.Mismatch(".a[1].b", "2", "3"));
    assertThat(compare("{\"a\": 1}", "{\"a\": 1, \"extra\": true}"))
        .isEqualTo(new JsonMatcher.Mismatch(".extra", "(missing)", "true"));
    assertThat(compare("[1, 2]", "[1]")).isEqualTo(new JsonMatcher.Mismatch("[1]", "2", "(missing)"));
    assertThat(compare("1", null)).isEqualTo(new JsonMatcher.Mismatch("", "1", "(missing)"));
  }

  @Test
  void existsAndType() throws Exception {
    assertThat(compare("{\"$exists\": true}", "null")).isNull();
    assertThat(compare("{\"$exists\": true}", null)).isNotNull();
    assertThat(compare("{\"$exists\": false}", null)).isNull();
    assertThat(compare("{\"$exists\": false}", "0")).isNotNull();
    assertThat(compare("{\"$type\": \"array\"}", "[]")).isNull();
    assertThat(compare("{\"$type\": \"number\"}", "\"1\"")).isNotNull();
  }

  @Test
  void matchesContainsAndApprox() throws Exception {
    assertThat(compare("{\"$matches\": \"^Pub\"}", "\"Published\"")).isNull();
    assertThat(compare("{\"$matches\": \"^Pub\"}", "\"Draft\"")).isNotNull();
    assertThat(compare("{\"$matches\": \"1\"}", "1")).as("only strings match a pattern").isNotNull();
    assertThat(compare("{\"$contains\": {\"a\": 1}}", "{\"a\": 1, \"b\": 2}")).isNull();
    assertThat(compare("{\"$contains\": {\"a\": 2}}", "{\"a\": 1, \"b\": 2}")).isNotNull();
    assertThat(compare("{\"$contains\": [2]}", "[1, 2, 3]")).isNull();
    assertThat(compare("{\"$contains\": [4]}", "[1, 2, 3]")).isNotNull();
    assertThat(compare("{\"$contains\": \"lo W\"}", "\"Hello World\"")).isNull();
    assertThat(compare("{\"$contains\": {\"n\": {\"$type\": \"number\"}}}", "{\"n\": 5}")).isNull();
    assertThat(compare("{\"$approx\": 1.0, \"within\": 0.01}", "1.005")).isNull();
    assertThat(compare("{\"$approx\": 1.0, \"within\": 0.01}", "1.02")).isNotNull();
    assertThat(compare("{\"$approx\": 0.3}", "0.30000000000000004")).isNull();
  }

  @Test
  void malformedMatchersAreRefused() {
    assertThatThrownBy(() -> compare("{\"$type\": \"date\"}", "1")).hasMessageContaining("$type");
    assertThatThrownBy(() -> compare("{\"$matches\": \"(\"}", "\"x\"")).hasMessageContaining("regular expression");
    assertThatThrownBy(() -> compare("{\"$exists\": 1}", "1")).hasMessageContaining("true or false");
  }
}
