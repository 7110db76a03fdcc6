package dev.flowsmith.workspace.server;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of an email/password login ({@code POST /auth/login}, JSON mode): a short-lived
 * access token, renewed with the refresh token ({@code POST /auth/refresh}) when a call answers
 * 401 {@code TOKEN_EXPIRED}. Directus rotates the refresh token on every refresh; when a
 * {@link TokenStore} is given, the new pair is kept there so the next command starts from it.
 */
public final class LoginSession implements TokenSource {

  private final URI server;
  private final @Nullable String email;
  private final @Nullable TokenStore store;
  private volatile String accessToken;
  private volatile @Nullable String refreshToken;

  public LoginSession(URI server, StoredToken tokens, @Nullable TokenStore store) {
    this.server = server;
    this.email = tokens.email();
    this.store = store;
    this.accessToken = tokens.accessToken();
    this.refreshToken = tokens.refreshToken();
  }

  /**
   * Logs in. A wrong email or password is {@code BAD_TOKEN} with Directus's message; the tokens
   * are kept in {@code store} when one is given.
   */
  public static LoginSession login(URI server, String email, String password, @Nullable TokenStore store)
      throws DirectusCallException {
    return login(DirectusHttp.anonymous(server), email, password, store);
  }

  /** Logs in through {@code anonymous} (a client that sends no token). */
  public static LoginSession login(DirectusHttp anonymous, String email, String password,
      @Nullable TokenStore store) throws DirectusCallException {
    if (email.isBlank() || password.isEmpty()) {
      throw DirectusCallException.config("log in with an email and a password (DIRECTUS_PASSWORD, or typed when asked)");
    }
    JsonValue answer;
    try {
      answer = anonymous.post("/auth/login", JsonObject.builder().put("email", email.strip())
          .put("password", password).put("mode", "json").build());
    } catch (DirectusCallException refused) {
      if (refused.kind() == DirectusCallException.Kind.BAD_TOKEN) {
        throw new DirectusCallException(DirectusCallException.Kind.BAD_TOKEN, 401, refused.code(),
            "wrong email or password for " + email.strip() + " (" + refused.getMessage() + ")");
      }
      throw refused;
    }
    LoginSession session = new LoginSession(anonymous.url(), tokensOf(answer, email.strip(), "/auth/login"), store);
    session.keep();
    return session;
  }

  @Override
  public String token() {
    return accessToken;
  }

  public @Nullable String refreshToken() {
    return refreshToken;
  }

  public StoredToken stored() {
    return new StoredToken(accessToken, refreshToken, email);
  }

  @Override
  public synchronized boolean refresh(DirectusHttp anonymous) throws DirectusCallException {
    String refresh = refreshToken;
    if (refresh == null) {
      return false;
    }
    JsonValue answer;
    try {
      answer = anonymous.post("/auth/refresh", JsonObject.builder().put("refresh_token", refresh)
          .put("mode", "json").build());
    } catch (DirectusCallException refused) {
      if (refused.kind() == DirectusCallException.Kind.BAD_TOKEN || refused.kind() == DirectusCallException.Kind.REJECTED) {
        throw new DirectusCallException(DirectusCallException.Kind.BAD_TOKEN, 401, refused.code(),
            "the login expired and could not be renewed (" + refused.getMessage() + "); log in again with --email");
      }
      throw refused;
    }
    StoredToken renewed = tokensOf(answer, email, "/auth/refresh");
    accessToken = renewed.accessToken();
    refreshToken = renewed.refreshToken();
    keep();
    return true;
  }

  private void keep() throws DirectusCallException {
    if (store == null) {
      return;
    }
    try {
      store.put(server, stored());
    } catch (IOException unwritable) {
      throw DirectusCallException.config("cannot keep the login in " + store.file() + ": " + unwritable.getMessage());
    }
  }

  private static StoredToken tokensOf(JsonValue answer, @Nullable String email, String what)
      throws DirectusCallException {
    if (DirectusHttp.data(answer) instanceof JsonObject data && data.string("access_token").isPresent()) {
      return new StoredToken(data.string("access_token").orElseThrow(), data.string("refresh_token").orElse(null),
          email);
    }
    throw new DirectusCallException(DirectusCallException.Kind.SERVER_ERROR, 200, null,
        what + " answered without an access_token");
  }
}
