package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code webhookLimits} setting of workspace.json. */
class WebhookLimitsTest {

  static JsonObject settings(String json) throws Exception {
    return (JsonObject) JsonText.parseValue(json);
  }

  @Test
  void missingMembersKeepTheirDefaults() throws Exception {
    assertThat(WebhookLimits.from(settings("{}"))).isEqualTo(WebhookLimits.DEFAULTS);
    assertThat(WebhookLimits.DEFAULTS).isEqualTo(new WebhookLimits(512, Duration.ofSeconds(10),
        Duration.ofSeconds(10), 1024 * 1024));
    WebhookLimits set = WebhookLimits.from(settings(
        "{\"webhookLimits\":{\"maxConnections\":64,\"headerTimeoutSeconds\":3,\"maxBodyBytes\":2048}}"));
    assertThat(set).isEqualTo(new WebhookLimits(64, Duration.ofSeconds(10), Duration.ofSeconds(3), 2048));
  }

  @Test
  void aBadValueIsAnErrorNamingTheFileAndMember() throws Exception {
    assertThatThrownBy(() -> WebhookLimits.from(settings("{\"webhookLimits\":{\"maxConnections\":0}}")))
        .hasMessage("workspace.json: webhookLimits.maxConnections must be a whole number from 1 to 100000, not 0");
    assertThatThrownBy(() -> WebhookLimits.from(settings("{\"webhookLimits\":{\"idleTimeoutSeconds\":\"5\"}}")))
        .hasMessage("workspace.json: webhookLimits.idleTimeoutSeconds must be a whole number from 1 to 3600, not string");
    assertThatThrownBy(() -> WebhookLimits.from(settings("{\"webhookLimits\":{\"headerTimeoutSeconds\":1.5}}")))
        .hasMessageContaining("webhookLimits.headerTimeoutSeconds must be a whole number").hasMessageEndingWith("not 1.5");
    assertThatThrownBy(() -> WebhookLimits.from(settings("{\"webhookLimits\":{\"maxConections\":5}}")))
        .hasMessageStartingWith("workspace.json: webhookLimits.maxConections is not a webhook limit");
    assertThatThrownBy(() -> WebhookLimits.from(settings("{\"webhookLimits\":[]}")))
        .hasMessage("workspace.json: \"webhookLimits\" must be an object, not array");
  }
}
