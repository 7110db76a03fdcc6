package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.value.DataChain;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** engine.md §6.1 and the condition steps of §12.3 (C01-C04, C11). */
class ConditionOperationTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-15T10:30:00Z"), ZoneId.of("UTC"));
  private static final JsObject PUBLISHED_FILTER = options("{'filter':{'$trigger':{'payload':{'status':{'_eq':'published'}}}}}");

  private final ConditionOperation condition = new ConditionOperation();

  @Test
  void isTheConditionType() {
    assertThat(condition.type()).isEqualTo("condition");
  }

  @Test
  void resolvesNullWhenEveryRulePasses() {
    // C01: the chain of an event/action run on a published article
    JsValue result = condition.run(PUBLISHED_FILTER,
        context(trigger("{'payload':{'status':'published','title':'Hi'}}"), json("{'user':'u1','role':'r1'}")));

    assertThat(result).isEqualTo(JsValue.NULL);
  }

  @Test
  void rejectsWithAnArrayOfDirectusErrors() {
    // C02: the draft article; the rejection value is what lands under the operation's key
    JsException rejection = reject(PUBLISHED_FILTER, context(trigger("{'payload':{'status':'draft'}}"), JsValue.NULL));

    assertThat(JsJson.stringify(rejection.value())).hasValue("[{\"name\":\"DirectusError\",\"extensions\":"
        + "{\"field\":\"$trigger\",\"path\":[\"payload\",\"status\"],\"type\":\"eq\",\"valid\":\"published\"},"
        + "\"code\":\"FAILED_VALIDATION\",\"status\":400}]");
    JsError error = (JsError) ((JsArray) rejection.value()).get(0);
    String message = "Validation failed for field \"$trigger\" at \"payload.status\". Value has to be \"published\".";
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.stack()).as("an array element keeps its stack").isEqualTo("DirectusError: " + message);
  }

  @Test
  void rejectsAMissingTitleWithNnull() {
    // C03 / C04
    JsObject options = options("{'filter':{'$trigger':{'payload':{'title':{'_nnull':true}}}}}");

    JsException rejection = reject(options, context(trigger("{'payload':{'title':null}}"), JsValue.NULL));
    JsError error = (JsError) ((JsArray) rejection.value()).get(0);
    assertThat(error.message()).isEqualTo("Validation failed for field \"$trigger\" at \"payload.title\". Value can't be null.");
    assertThat(JsJson.stringify(error.get("extensions")))
        .hasValue("{\"field\":\"$trigger\",\"path\":[\"payload\",\"title\"],\"type\":\"nnull\"}");

    assertThat(condition.run(options, context(trigger("{'payload':{'title':'x'}}"), JsValue.NULL))).isEqualTo(JsValue.NULL);
  }

  @Test
  void comparesAgainstARenderedOperand() {
    // C11: the options arrive rendered, {{ limits.min }} already replaced by 10
    JsObject options = options("{'filter':{'$trigger':{'amount':{'_gte':10}}}}");

    assertThat(condition.run(options, context(trigger("{'amount':12}"), JsValue.NULL))).isEqualTo(JsValue.NULL);
    JsException rejection = reject(options, context(trigger("{'amount':3}"), JsValue.NULL));
    assertThat(JsJson.stringify(((JsError) ((JsArray) rejection.value()).get(0)).get("extensions")))
        .hasValue("{\"field\":\"$trigger\",\"path\":[\"amount\"],\"type\":\"gte\",\"valid\":10}");
  }

  @Test
  void passesWithoutAFilter() {
    assertThat(condition.run(JsObject.EMPTY, context(trigger("{}"), JsValue.NULL))).isEqualTo(JsValue.NULL);
    assertThat(condition.run(options("{'filter':null}"), context(trigger("{}"), JsValue.NULL))).isEqualTo(JsValue.NULL);
  }

  @Test
  void rejectsAMalformedFilterWithOnePlainError() {
    JsException rejection = reject(options("{'filter':{}}"), context(trigger("{}"), JsValue.NULL));

    assertThat(rejection.value()).isInstanceOf(JsError.class);
    assertThat(((JsError) rejection.value()).message())
        .isEqualTo("[generateJoi] Filter doesn't contain field key. Passed filter: {}");
  }

  @Test
  void rejectsAFilterStoredAsJsonTextAsDirectus1111Does() {
    // engine.md §7.6: the text is not parsed; Directus recurses into the string until the stack overflows
    JsObject options = JsObject.of("filter", JsValue.of("{\"$trigger\":{\"a\":{\"_eq\":1}}}"));

    JsException rejection = reject(options, context(trigger("{'a':1}"), JsValue.NULL));

    assertThat(rejection.value()).isEqualTo(JsError.of("RangeError", "Maximum call stack size exceeded"));
  }

  @Test
  void readsNowFromTheRunsClock() {
    JsObject options = options("{'filter':{'$trigger':{'at':{'_lt':'$NOW'}}}}");

    assertThat(condition.run(options, context(trigger("{'at':'2024-05-15T10:29:59Z'}"), JsValue.NULL)))
        .isEqualTo(JsValue.NULL);
    assertThat(reject(options, context(trigger("{'at':'2024-05-15T10:30:01Z'}"), JsValue.NULL)).value())
        .isInstanceOf(JsArray.class);
  }

  @Test
  void fallsBackToTheSystemClock() {
    JsObject options = options("{'filter':{'$trigger':{'at':{'_lt':'$NOW'}}}}");
    OperationContext context = context(trigger("{'at':'2000-01-01'}"), JsValue.NULL, RunServices.builder().build());

    assertThat(condition.run(options, context)).isEqualTo(JsValue.NULL);
  }

  @Test
  void readsCurrentUserFromTheRunsAccountability() {
    JsObject options = options("{'filter':{'$trigger':{'owner':{'_eq':'$CURRENT_USER'}}}}");

    assertThat(condition.run(options, context(trigger("{'owner':'u1'}"), json("{'user':'u1'}")))).isEqualTo(JsValue.NULL);
    assertThat(reject(options, context(trigger("{'owner':'u1'}"), JsValue.NULL)).value()).isInstanceOf(JsArray.class);
  }

  private JsException reject(JsObject options, OperationContext context) {
    JsException rejection = catchThrowableOfType(JsException.class, () -> condition.run(options, context));
    assertThat(rejection).as("the condition rejects").isNotNull();
    return rejection;
  }

  private static JsValue trigger(String json) {
    return json(json);
  }

  private static OperationContext context(JsValue trigger, JsValue accountability) {
    return context(trigger, accountability, RunServices.builder().add(Clock.class, CLOCK).build());
  }

  private static OperationContext context(JsValue trigger, JsValue accountability, RunServices services) {
    JsObject chain = DataChain.start(trigger, accountability, JsObject.EMPTY).snapshot();
    Flow flow = Flow.create("f1", "Flow");
    Operation operation = Operation.create("o1", "check", "condition", GridPosition.TRIGGER, "f1");
    return new OperationContext(chain, accountability, JsObject.EMPTY, flow, operation, services,
        Cancellation.none(), 0);
  }

  private static JsObject options(String json) {
    return (JsObject) json(json);
  }

  private static JsValue json(String singleQuoted) {
    return JsJson.parse(singleQuoted.replace('\'', '"'));
  }
}
