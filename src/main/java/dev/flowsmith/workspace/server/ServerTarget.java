package dev.flowsmith.workspace.server;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which Directus server to talk to and with which token: {@code --url URL} directly, or
 * {@code --server NAME} from the workspace's {@code servers: {NAME: {url, tokenEnv?}}}. The token
 * comes, in this order, from an environment variable ({@code --token-env}, else the server's
 * {@code tokenEnv}, else {@code DIRECTUS_TOKEN}), then from the user's {@link TokenStore}; or from
 * an email/password {@link #login}. It is never read from or written to the workspace.
 *
 * @param tokens gives the token for each request (a login refreshes itself)
 * @param tokenOrigin where the token came from, for messages ("DIRECTUS_TOKEN", "the token store", …)
 */
public record ServerTarget(@Nullable String name, URI url, TokenSource tokens, String tokenOrigin) {

  public static final String DEFAULT_TOKEN_ENV = "DIRECTUS_TOKEN";
  /** The environment variable {@code --email} reads the password from. */
  public static final String PASSWORD_ENV = "DIRECTUS_PASSWORD";

  /** The token the next request sends. */
  public String token() {
    return tokens.token();
  }

  public DirectusHttp client() {
    return new DirectusHttp(url, tokens);
  }

  /** A server a user typed in (the app's dialog): the URL checked, the token as given. */
  public static ServerTarget of(String url, String token) throws DirectusCallException {
    if (token.isBlank()) {
      throw DirectusCallException.config("no token: paste a Directus access token (admin)");
    }
    return new ServerTarget(null, parseUrl(url), TokenSource.fixed(token.strip()), "typed in");
  }

  /** A server with a kept token (static, or a login that refreshes itself and keeps the new pair). */
  public static ServerTarget stored(@Nullable String name, URI url, StoredToken token, TokenStore store) {
    TokenSource tokens = token.refreshToken() == null ? TokenSource.fixed(token.accessToken())
        : new LoginSession(url, token, store);
    return new ServerTarget(name, url, tokens, "the token store (" + store.file() + ")");
  }

  /**
   * Logs in with email and password ({@code POST /auth/login}); with a {@code store} the login is
   * kept there for later commands and refreshed when it expires.
   */
  public static ServerTarget login(@Nullable String name, URI url, String email, String password,
      @Nullable TokenStore store) throws DirectusCallException {
    return new ServerTarget(name, url, LoginSession.login(url, email, password, store), "login as " + email.strip());
  }

  /**
   * Resolves the options without a token store. {@code settings} is the workspace's
   * {@code workspace.json} (empty without one); {@code env} looks up environment variables
   * ({@code System::getenv}).
   */
  public static ServerTarget resolve(@Nullable String url, @Nullable String server, @Nullable String tokenEnv,
      JsonObject settings, Function<String, @Nullable String> env) throws DirectusCallException {
    return resolve(url, server, tokenEnv, settings, env, null);
  }

  /** Resolves the options; when the environment variable is unset, {@code store} (if given) is asked. */
  public static ServerTarget resolve(@Nullable String url, @Nullable String server, @Nullable String tokenEnv,
      JsonObject settings, Function<String, @Nullable String> env, @Nullable TokenStore store)
      throws DirectusCallException {
    Address address = address(url, server, settings);
    String variable = tokenEnv != null ? tokenEnv : address.tokenEnv() != null ? address.tokenEnv() : DEFAULT_TOKEN_ENV;
    String token = env.apply(variable);
    if (token != null && !token.isBlank()) {
      return new ServerTarget(server, address.url(), TokenSource.fixed(token.strip()), variable);
    }
    if (store != null) {
      var kept = store.get(address.url());
      if (kept.isPresent()) {
        return stored(server, address.url(), kept.get(), store);
      }
    }
    throw DirectusCallException.config("no token: set the environment variable " + variable
        + " to a Directus access token (admin), or name another with --token-env, or log in with --email"
        + (store == null ? "" : " (no token kept for " + address.url() + " in " + store.file() + ")"));
  }

  /** The server's URL (and its {@code tokenEnv}) as the options name it. */
  public record Address(@Nullable String name, URI url, @Nullable String tokenEnv) {}

  /** Which server the options name, without looking for a token. */
  public static Address address(@Nullable String url, @Nullable String server, JsonObject settings)
      throws DirectusCallException {
    if (url != null && server != null) {
      throw DirectusCallException.config("give --url or --server, not both");
    }
    String serverTokenEnv = null;
    String address = url;
    if (server != null) {
      JsonObject entry = serverEntry(settings, server);
      address = entry.string("url").orElseThrow(() -> DirectusCallException.config(
          "workspace.json: servers." + server + ".url is missing"));
      serverTokenEnv = entry.string("tokenEnv").orElse(null);
    }
    if (address == null) {
      throw DirectusCallException.config("which server? give --url URL or --server NAME (from workspace.json "
          + "\"servers\")");
    }
    return new Address(server, parseUrl(address), serverTokenEnv);
  }

  private static JsonObject serverEntry(JsonObject settings, String server) throws DirectusCallException {
    JsonValue servers = settings.get("servers").orElse(JsonValue.NULL);
    if (!(servers instanceof JsonObject named)) {
      throw DirectusCallException.config("workspace.json names no servers; add \"servers\": {\"" + server
          + "\": {\"url\": \"https://…\"}} or give --url");
    }
    if (!(named.get(server).orElse(null) instanceof JsonObject entry)) {
      throw DirectusCallException.config("workspace.json has no server named '" + server + "' (known: "
          + String.join(", ", named.members().keySet()) + ")");
    }
    return entry;
  }

  static URI parseUrl(String address) throws DirectusCallException {
    try {
      URI uri = new URI(address.strip());
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw DirectusCallException.config("not a server URL: '" + address + "' (expected http(s)://host[:port])");
      }
      return uri;
    } catch (URISyntaxException bad) {
      throw DirectusCallException.config("not a server URL: '" + address + "': " + bad.getMessage());
    }
  }

  /** For tests and the app: the environment as a map. */
  public static Function<String, @Nullable String> envOf(Map<String, String> values) {
    return values::get;
  }
}
