package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Email/password login and refresh against the real server (admin@example.com / dxo-admin-pass, or env). */
@Tag("directus")
class LoginDirectusTest {

  @TempDir
  Path dir;

  static String email() {
    String email = System.getenv("DIRECTUS_EMAIL");
    return email == null || email.isBlank() ? "admin@example.com" : email;
  }

  static String password() {
    String password = System.getenv("DIRECTUS_PASSWORD");
    return password == null || password.isBlank() ? "dxo-admin-pass" : password;
  }

  @Test
  void loginRefreshAndUse() throws Exception {
    TokenStore store = new TokenStore(dir);
    ServerTarget target = ServerTarget.login(null, DirectusServer.url(), email(), password(), store);
    LoginSession session = (LoginSession) target.tokens();
    String firstAccess = session.token();
    String firstRefresh = session.refreshToken();
    assertThat(firstRefresh).isNotBlank();
    assertThat(ServerSync.serverFlows(target.client())).isNotNull();
    assertThat(session.refresh(DirectusHttp.anonymous(DirectusServer.url()))).isTrue();
    assertThat(session.refreshToken()).isNotEqualTo(firstRefresh); // Directus rotates the refresh token
    assertThat(store.get(DirectusServer.url()).orElseThrow().refreshToken()).isEqualTo(session.refreshToken());
    assertThat(ServerVersion.check(target.client())).isPresent();
    assertThat(firstAccess).isNotBlank();
    LoginSession stale = new LoginSession(DirectusServer.url(), new StoredToken(firstAccess, firstRefresh, null), null);
    assertThatThrownBy(() -> stale.refresh(DirectusHttp.anonymous(DirectusServer.url())))
        .isInstanceOfSatisfying(DirectusCallException.class, e ->
            assertThat(e.plainMessage()).contains("log in again"));
    assertThatThrownBy(() -> ServerTarget.login(null, DirectusServer.url(), email(), "wrong-" + password(), null))
        .isInstanceOfSatisfying(DirectusCallException.class, e ->
            assertThat(e.plainMessage()).startsWith("The server refused the login (401): wrong email or password"));
  }
}
