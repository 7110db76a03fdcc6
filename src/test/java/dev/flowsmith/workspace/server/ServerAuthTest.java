package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.model.JsonValue.JsonObject;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token store, token precedence, email/password login with refresh, and the version check. */
class ServerAuthTest {

  static final JsonObject SETTINGS = JsonObject.builder().put("servers", JsonObject.builder()
      .put("stage", JsonObject.builder().put("url", "http://127.0.0.1:9").put("tokenEnv", "STAGE_TOKEN").build())
      .build()).build();

  @TempDir
  Path dir;

  @Test
  void tokenStoreIsOwnerOnlyAndKeyedByUrl() throws Exception {
    TokenStore store = new TokenStore(dir.resolve("config"));
    URI server = URI.create("http://cms.example.com/");
    assertThat(store.get(server)).isEmpty();
    store.put(server, new StoredToken("a1", "r1", "me@example.com"));
    store.put(URI.create("http://other"), StoredToken.ofStatic("s"));
    assertThat(store.get(URI.create("http://cms.example.com"))).contains(new StoredToken("a1", "r1", "me@example.com"));
    assertThat(store.file()).hasFileName("server-tokens.json");
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
        .isEqualTo("rwx------");
    assertThat(store.remove(server)).isTrue();
    assertThat(store.get(server)).isEmpty();
    assertThat(store.get(URI.create("http://other"))).contains(StoredToken.ofStatic("s"));
    Files.writeString(store.file(), "not json");
    assertThat(store.get(URI.create("http://other"))).isEmpty();
  }

  @Test
  void environmentFirstThenTheStore() throws Exception {
    TokenStore store = new TokenStore(dir);
    store.put(URI.create("http://127.0.0.1:9"), StoredToken.ofStatic("kept"));
    var none = ServerTarget.envOf(Map.of());
    ServerTarget fromStore = ServerTarget.resolve(null, "stage", null, SETTINGS, none, store);
    assertThat(fromStore.token()).isEqualTo("kept");
    assertThat(fromStore.tokenOrigin()).contains("token store");
    var env = ServerTarget.envOf(Map.of("STAGE_TOKEN", "s", "OTHER", "o", "DIRECTUS_TOKEN", "d"));
    assertThat(ServerTarget.resolve(null, "stage", "OTHER", SETTINGS, env, store).token()).isEqualTo("o");
    assertThat(ServerTarget.resolve(null, "stage", null, SETTINGS, env, store).token()).isEqualTo("s");
    assertThat(ServerTarget.resolve("http://127.0.0.1:9", null, null, SETTINGS, env, store).token()).isEqualTo("d");
    assertThat(ServerTarget.resolve("http://127.0.0.1:9", null, null, SETTINGS, none, store).token()).isEqualTo("kept");
    assertThatThrownBy(() -> ServerTarget.resolve("http://127.0.0.1:8", null, null, SETTINGS, none, store))
        .hasMessageContaining("set the environment variable DIRECTUS_TOKEN")
        .hasMessageContaining("log in with --email")
        .hasMessageContaining("no token kept for http://127.0.0.1:8");
  }

  @Test
  void loginRefreshesAnExpiredTokenOnceAndKeepsTheNewPair() throws Exception {
    try (FakeDirectus server = new FakeDirectus()) {
      server.user("me@example.com", "secret");
      TokenStore store = new TokenStore(dir);
      ServerTarget target = ServerTarget.login(null, server.url(), "me@example.com", "secret", store);
      assertThat(target.token()).isEqualTo("access-1");
      assertThat(store.get(server.url())).contains(new StoredToken("access-1", "refresh-1", "me@example.com"));
      DirectusHttp http = target.client();
      http.get("/server/info");
      server.expireTokens();
      http.get("/server/info");
      assertThat(target.token()).isEqualTo("access-2");
      assertThat(server.requests()).containsSubsequence("POST /auth/login", "GET /server/info", "GET /server/info",
          "POST /auth/refresh", "GET /server/info");
      assertThat(store.get(server.url()).orElseThrow().refreshToken()).isEqualTo("refresh-2");
      // a later command starts from the kept login
      ServerTarget later = ServerTarget.resolve(server.url().toString(), null, null, JsonObject.EMPTY,
          ServerTarget.envOf(Map.of()), store);
      assertThat(later.token()).isEqualTo("access-2");
      assertThat(later.tokens()).isInstanceOf(LoginSession.class);
      // a refresh token already used is refused: the user is told to log in again
      server.expireTokens();
      LoginSession stale = new LoginSession(server.url(), new StoredToken("access-2", "refresh-1", null), null);
      assertThatThrownBy(() -> new DirectusHttp(server.url(), stale).get("/server/info"))
          .isInstanceOfSatisfying(DirectusCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(DirectusCallException.Kind.BAD_TOKEN);
            assertThat(e.getMessage()).contains("log in again");
          });
      assertThatThrownBy(() -> ServerTarget.login(null, server.url(), "me@example.com", "wrong", store))
          .isInstanceOfSatisfying(DirectusCallException.class, e ->
              assertThat(e.plainMessage()).startsWith("The server refused the login (401): wrong email or password"));
    }
  }

  @Test
  void aStaticTokenIsNotRefreshedAndABadOneIsSaidSo() throws Exception {
    try (FakeDirectus server = new FakeDirectus()) {
      assertThatThrownBy(() -> new DirectusHttp(server.url(), "wrong").get("/flows"))
          .isInstanceOfSatisfying(DirectusCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(DirectusCallException.Kind.BAD_TOKEN);
            assertThat(e.plainMessage()).startsWith("The server refused the token (401)");
          });
      assertThat(server.requests()).containsExactly("GET /flows");
    }
  }

  @Test
  void tooOldWhenTheVersionShowsIt() throws Exception {
    try (FakeDirectus server = new FakeDirectus()) {
      assertThat(ServerVersion.check(server.client())).contains("11.11.0");
      server.version(null);
      assertThat(ServerVersion.check(server.client())).isEmpty();
      server.version("9.26.0");
      assertThatThrownBy(() -> ServerVersion.check(server.client()))
          .isInstanceOfSatisfying(DirectusCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(DirectusCallException.Kind.TOO_OLD);
            assertThat(e.plainMessage()).contains("runs Directus 9.26.0").contains("needs Directus 10 or later");
          });
    }
  }
}
