package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Values a data chain holds that JSON cannot: rejected errors and Dates. Joi reads an object level
 * from a shallow copy of own enumerable properties, so an error shows its enumerable members, an
 * empty {@code message} and its class name (checked against Directus with real Error objects).
 */
class ChainValuesTest {

  private static final JsError PLAIN = JsError.error("boom").withoutStack();
  private static final JsError DIRECTUS = JsError.directus("X", 422, "bad", null);

  @Test
  void anErrorShowsAnEmptyMessageAndItsName() {
    assertThat(types("{'e':{'message':{'_eq':'boom'}}}", PLAIN)).isEqualTo("eq");
    assertThat(types("{'e':{'message':{'_eq':''}}}", PLAIN)).isEqualTo("pass");
    assertThat(types("{'e':{'name':{'_eq':'Error'}}}", PLAIN)).isEqualTo("pass");
    assertThat(types("{'e':{'stack':{'_submitted':true}}}", PLAIN)).isEqualTo("required");
    assertThat(types("{'e':{'name':{'_eq':'TypeError'}}}", JsError.of("TypeError", "t"))).isEqualTo("pass");
  }

  @Test
  void aDirectusErrorShowsItsEnumerableMembers() {
    assertThat(types("{'e':{'code':{'_eq':'X'}}}", DIRECTUS)).isEqualTo("pass");
    assertThat(types("{'e':{'status':{'_gte':400}}}", DIRECTUS)).isEqualTo("pass");
    assertThat(types("{'e':{'message':{'_nempty':true}}}", DIRECTUS)).isEqualTo("nempty");
  }

  @Test
  void aDateIsComparedAsADateButIsNoNumberAndHasNoKeys() {
    JsDate date = JsDate.of(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(types("{'e':{'_gt':'2024-01-01'}}", date)).isEqualTo("pass");
    assertThat(types("{'e':{'_lt':1}}", date)).as("number mode: Joi's number type refuses a Date").isEqualTo("required");
    assertThat(types("{'e':{'x':{'_null':true}}}", date)).isEqualTo("required");
  }

  private static String types(String filter, JsValue value) {
    FilterRun.Outcome outcome = FilterRun.run(FilterRun.json(filter), JsObject.of("e", value), JsValue.NULL, FilterRun.UTC);
    return outcome instanceof FilterRun.Failed failed ? String.join(" / ", failed.types()) : "pass";
  }
}
