package dev.flowsmith.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The option resources come from the catalog: every type, every option, its required flag and choices. */
class OptionsGuideTest {

  @Test
  void everyOperationTypeHasAResourceListingEachOption() {
    Map<String, String[]> resources = FlowsmithMcpServer.resourceTexts();
    for (OperationType type : StandardOperations.core()) {
      String text = resources.get("flowsmith://operations/" + type.id())[1];
      for (OptionField field : type.fields()) {
        assertThat(text).as(type.id() + "." + field.key()).contains("| `" + field.key() + "` | " + field.label() + " |");
        if (field.required()) {
          assertThat(text).contains("| `" + field.key() + "` | " + field.label() + " | "
              + field.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " | yes |");
        }
        field.choices().forEach(choice -> assertThat(text).contains(choice));
      }
    }
    assertThat(resources.get("flowsmith://operations/trigger")[1]).contains("`iterationMode` is batch");
    assertThat(resources.get("flowsmith://triggers")[1]).contains("## `webhook` (Webhook)").contains("`cron`");
    assertThat(resources.get("flowsmith://operations")[1]).contains("`exec`: Run Script");
  }
}
