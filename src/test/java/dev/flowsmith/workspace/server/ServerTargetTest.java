package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerTargetTest {

  static final JsonObject SETTINGS = settings("""
      {"servers": {"prod": {"url": "https://cms.example.com/"}, "stage": {"url": "http://stage:8055", "tokenEnv": "STAGE_TOKEN"}}}""");

  static JsonObject settings(String json) {
    try {
      return (JsonObject) JsonText.parseValue(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void urlWithTheDefaultTokenVariable() throws Exception {
    ServerTarget target = ServerTarget.resolve("http://127.0.0.1:8055", null, null, JsonObject.EMPTY,
        ServerTarget.envOf(Map.of("DIRECTUS_TOKEN", " abc ")));
    assertThat(target.url()).hasToString("http://127.0.0.1:8055");
    assertThat(target.token()).isEqualTo("abc");
    assertThat(target.name()).isNull();
  }

  @Test
  void namedServerUsesItsTokenVariableUnlessTokenEnvIsGiven() throws Exception {
    var env = ServerTarget.envOf(Map.of("STAGE_TOKEN", "s", "OTHER", "o", "DIRECTUS_TOKEN", "d"));
    assertThat(ServerTarget.resolve(null, "stage", null, SETTINGS, env).token()).isEqualTo("s");
    assertThat(ServerTarget.resolve(null, "stage", "OTHER", SETTINGS, env).token()).isEqualTo("o");
    ServerTarget prod = ServerTarget.resolve(null, "prod", null, SETTINGS, env);
    assertThat(prod.token()).isEqualTo("d");
    assertThat(prod.name()).isEqualTo("prod");
    assertThat(prod.client().url()).hasToString("https://cms.example.com");
  }

  @Test
  void clearErrors() {
    var env = ServerTarget.envOf(Map.of());
    assertThatThrownBy(() -> ServerTarget.resolve(null, null, null, SETTINGS, env)).hasMessageContaining("--url URL or --server NAME");
    assertThatThrownBy(() -> ServerTarget.resolve("http://a", "prod", null, SETTINGS, env)).hasMessageContaining("not both");
    assertThatThrownBy(() -> ServerTarget.resolve(null, "test", null, SETTINGS, env))
        .hasMessageContaining("no server named 'test'").hasMessageContaining("prod, stage");
    assertThatThrownBy(() -> ServerTarget.resolve(null, "prod", null, JsonObject.EMPTY, env)).hasMessageContaining("names no servers");
    assertThatThrownBy(() -> ServerTarget.resolve("ftp://x", null, null, SETTINGS, ServerTarget.envOf(Map.of("DIRECTUS_TOKEN", "t"))))
        .hasMessageContaining("not a server URL");
    assertThatThrownBy(() -> ServerTarget.resolve(null, "stage", null, SETTINGS, env))
        .hasMessageContaining("set the environment variable STAGE_TOKEN")
        .satisfies(e -> assertThat(((DirectusCallException) e).kind()).isEqualTo(DirectusCallException.Kind.CONFIG));
  }
}
