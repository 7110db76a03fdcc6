package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;

/** engine.md §7.6: what a real Directus 11.11.0 server does where §7.1-7.5 said otherwise or nothing. */
class FilterCorrectionsTest {

  @Test
  void eqWithAnArrayOperandRejectsWithJoisArgumentError() {
    assertThat(broken("{'a':{'_eq':[1,2]}}", "{'a':[1,2]}").message())
        .isEqualTo("Method no longer accepts array arguments: valid");
  }

  @Test
  void eqWithAnObjectOperandComparesDeeply() {
    assertThat(FilterRun.run("{'a':{'_eq':{'x':[1,{'y':2}]}}}", "{'a':{'x':[1,{'y':2}]}}"))
        .isInstanceOf(FilterRun.Passed.class);
    assertThat(types("{'a':{'_eq':{'x':1}}}", "{'a':{'x':2}}")).isEqualTo("eq");
  }

  @Test
  void emptyInListAndEmptyOrPass() {
    assertThat(FilterRun.run("{'a':{'_in':[]}}", "{'a':1}")).isInstanceOf(FilterRun.Passed.class);
    assertThat(FilterRun.run("{'_or':[]}", "{}")).isInstanceOf(FilterRun.Passed.class);
  }

  @Test
  void failureTypesFollowTheOperandNotTheOperator() {
    assertThat(types("{'a':{'_eq':''}}", "{'a':'x'}")).isEqualTo("empty");
    assertThat(types("{'a':{'_eq':null}}", "{'a':'x'}")).isEqualTo("null");
    assertThat(types("{'a':{'_neq':null}}", "{'a':null}")).isEqualTo("nnull");
    FilterRun.Failed twin = (FilterRun.Failed) FilterRun.run("{'a':{'_neq':5}}", "{'a':'5'}");
    assertThat(JsJson.stringify(twin.errors().get(0).get("extensions")))
        .hasValue("{\"field\":\"a\",\"path\":[],\"type\":\"nin\",\"invalid\":[5,\"5\"]}");
    assertThat(types("{'a':{'_neq':'5'}}", "{'a':5}")).isEqualTo("nin");
  }

  @Test
  void aFilterGivenAsJsonTextOverflowsTheStack() {
    JsError error = broken(JsValue.of("{\"a\":{\"_eq\":1}}"));
    assertThat(error.name()).isEqualTo("RangeError");
    assertThat(error.message()).isEqualTo("Maximum call stack size exceeded");
  }

  @Test
  void anInvalidRegexRejectsWithV8sSyntaxError() {
    JsError error = broken("{'a':{'_regex':'[a-'}}", "{'a':'x'}");
    assertThat(error.name()).isEqualTo("SyntaxError");
    assertThat(error.message()).isEqualTo("Invalid regular expression: /[a-/: Unterminated character class");
  }

  private static String types(String filter, String data) {
    return String.join(" / ", ((FilterRun.Failed) FilterRun.run(filter, data)).types());
  }

  private static JsError broken(String filter, String data) {
    return ((FilterRun.Broken) FilterRun.run(filter, data)).error();
  }

  private static JsError broken(JsValue filter) {
    return ((FilterRun.Broken) FilterRun.run(filter, FilterRun.json("{'a':1}"), JsValue.NULL, FilterRun.UTC)).error();
  }
}
