package dev.flowsmith.workspace.server;

/**
 * Where a {@link DirectusHttp} gets the access token for each request: a fixed static token, or a
 * {@link LoginSession} that refreshes its short-lived token when the server says it expired.
 */
public interface TokenSource {

  /** The access token to send now. */
  String token();

  /**
   * Called once when a request answered 401 {@code TOKEN_EXPIRED}; {@code anonymous} calls the
   * same server without a token. Returns true when {@link #token()} now gives a fresh token and
   * the request is worth repeating.
   */
  default boolean refresh(DirectusHttp anonymous) throws DirectusCallException {
    return false;
  }

  /** A static token (Directus user's "Token" field), never refreshed. */
  static TokenSource fixed(String token) {
    return () -> token;
  }
}
