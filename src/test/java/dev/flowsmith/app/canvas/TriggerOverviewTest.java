package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.canvas.TriggerOverview.Line;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import org.junit.jupiter.api.Test;

class TriggerOverviewTest {

  @Test
  void anEventTriggerShowsTypeScopeAndCollections() throws Exception {
    Flow flow = FlowReader.read(Examples.path(Examples.EMAIL_ON_PUBLISH)).single();

    assertThat(TriggerOverview.title(flow)).isEqualTo("Event Hook");
    assertThat(TriggerOverview.lines(flow)).containsExactly(
        new Line("Type", "action"), new Line("Scope", "items.update"), new Line("Collections", "articles"));
  }

  @Test
  void aWebhookShowsItsMethodAndPath() throws Exception {
    Flow flow = FlowReader.read(Examples.path(Examples.WEBHOOK)).single();

    assertThat(TriggerOverview.title(flow)).isEqualTo("Webhook");
    assertThat(TriggerOverview.lines(flow)).contains(new Line("URL", "/flows/trigger/" + flow.id()));
  }

  @Test
  void missingAndUnknownTriggersAreShownHonestly() {
    Flow none = Flow.create("f", "New");
    assertThat(TriggerOverview.title(none)).isEqualTo("No trigger");
    assertThat(TriggerOverview.lines(none)).isEmpty();

    Flow custom = none.withTrigger("my-extension", JsonValue.NULL);
    assertThat(TriggerOverview.title(custom)).isEqualTo("my-extension");
  }
}
