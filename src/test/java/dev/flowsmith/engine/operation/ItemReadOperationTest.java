package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.operation.ItemOperationsTestSupport.json;
import static dev.flowsmith.engine.operation.ItemOperationsTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** item-read, engine.md §6.4 and §12.4 D05 (api 30). */
class ItemReadOperationTest {

  private final RecordingItemStore store = new RecordingItemStore();
  private final ItemReadOperation read = new ItemReadOperation();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"collection\":\"c\"}                                  | readByQuery(c, {})",
      "{\"collection\":\"c\",\"key\":[],\"query\":{\"limit\":-1}} | readByQuery(c, {\"limit\":-1})",
      "{\"collection\":\"c\",\"query\":\"{\\\"limit\\\":5}\"}  | readByQuery(c, {\"limit\":5})",
      "{\"collection\":\"c\",\"key\":0}                        | readByQuery(c, {})",
      "{\"collection\":\"c\",\"key\":\"\"}                     | readByQuery(c, {})",
      "{\"collection\":\"c\",\"key\":1}                        | readOne(c, 1, {})",
      "{\"collection\":\"c\",\"key\":[1]}                      | readOne(c, 1, {})",
      "{\"collection\":\"c\",\"key\":\"0\"}                    | readOne(c, \"0\", {})",
      "{\"collection\":\"c\",\"key\":[1,2,3]}                  | readMany(c, [1,2,3], {})",
      "{\"collection\":\"c\",\"key\":\"1,2\"}                  | readMany(c, [\"1\",\"2\"], {})",
  })
  void keyFormsChooseTheServiceCall(String options, String call) {
    run(read, store, options);
    assertThat(store.calls).containsExactly(call);
  }

  @Test
  void oneKeyGivesTheItemAndSeveralAnArray() {
    assertThat(run(read, store, "{\"collection\":\"c\",\"key\":\"7\"}")).isEqualTo("{\"id\":\"7\"}");
    assertThat(run(read, store, "{\"collection\":\"c\"}")).isEqualTo("[{\"id\":1}]");
    assertThat(run(read, store, "{\"collection\":\"c\",\"key\":[1,2]}")).isEqualTo("[]");
  }

  private static final String SYNTHETIC = "{\"role\":null,\"user\":null,\"roles\":[],";
  private static final String ROLE = "{\"role\":\"test\",\"user\":null,\"roles\":[\"test\"],";

  @ParameterizedTest(name = "permissions {0}, emitEvents {1}")
  @CsvSource(delimiter = '|', value = {
      "                | true    | true  | {\"user\":\"caller\"}",
      "\"$trigger\"    | false   | false | {\"user\":\"caller\"}",
      "\"$full\"       | \"yes\" | true  | " + SYNTHETIC + "\"admin\":true,\"app\":true,\"ip\":null}",
      "\"$public\"     | 0       | false | " + SYNTHETIC + "\"admin\":false,\"app\":false,\"ip\":null}",
      "\"test\"        | null    | false | " + ROLE + "\"admin\":false,\"app\":true,\"ip\":null}",
  })
  void permissionsAndEmitEventsReachTheService(String permissions, String emitEvents, boolean emits,
      String accountability) {
    String options = "{\"collection\":\"c\",\"emitEvents\":" + emitEvents
        + (permissions == null ? "" : ",\"permissions\":" + permissions) + "}";
    run(read, store, options, JsObject.of("user", JsValue.of("caller")));
    assertThat(store.accesses.get(0).emitEvents()).isEqualTo(emits);
    assertThat(json(store.accesses.get(0).accountability())).isEqualTo(accountability);
  }

  @Test
  void anUnknownRoleRejectsBeforeReading() {
    // engine.md §6: any other string is a role id
    assertThat(run(read, store, "{\"collection\":\"c\",\"permissions\":\"ghost\"}"))
        .isEqualTo("reject {} Error: Configured role \"ghost\" isn't a valid role ID or doesn't exist.");
    assertThat(store.calls).isEmpty();
  }

  @Test
  void theRealStoreAnswersLikeTheServer() throws Exception {
    var real = ItemContexts.exampleStore(null);
    assertThat(run(read, real, "{\"collection\":\"articles\",\"permissions\":\"$full\",\"key\":\"6\","
        + "\"query\":{\"fields\":\"id,date_updated,user_created.first_name\"}}"))
        .isEqualTo("{\"id\":6,\"date_updated\":null,\"user_created\":{\"first_name\":\"Grace\"}}");
    assertThat(run(read, real, "{\"collection\":\"articles\",\"permissions\":\"$public\",\"key\":1}")).isEqualTo(
        "reject {\"name\":\"DirectusError\",\"extensions\":{\"reason\":\"You don't have permission to access"
            + " collection \\\"articles\\\" or it does not exist. Queried in root.\"},\"code\":\"FORBIDDEN\",\"status\":403}"
            + " DirectusError: You don't have permission to access collection \"articles\" or it does not exist."
            + " Queried in root.");
    assertThat(run(read, real, "{\"collection\":\"nope\",\"permissions\":\"$full\"}"))
        .isEqualTo("reject {} TypeError: Cannot read properties of undefined (reading 'primary')");
    assertThat(run(read, real, "{\"collection\":\"articles\",\"query\":{\"filter\":{\"status\":\"archived\"},"
        + "\"fields\":[\"id\"]}}", JsValue.NULL)).isEqualTo("[{\"id\":7}]");
    assertThat(run(read, real, "{\"collection\":\"articles\",\"query\":{\"sort\":\"-views\",\"limit\":2,"
        + "\"fields\":[\"views\"]}}", JsValue.NULL)).isEqualTo("[{\"views\":120},{\"views\":15}]");
  }
}
