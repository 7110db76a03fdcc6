package dev.flowsmith.workspace.server;

import org.jspecify.annotations.Nullable;

/**
 * A token kept for one server in the {@link TokenStore}: a static access token, or the access and
 * refresh tokens of an email/password login (then {@code email} says whose).
 */
public record StoredToken(String accessToken, @Nullable String refreshToken, @Nullable String email) {

  public static StoredToken ofStatic(String token) {
    return new StoredToken(token, null, null);
  }
}
