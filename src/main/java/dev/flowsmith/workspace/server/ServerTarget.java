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
 * always comes from an environment variable ({@code --token-env}, else the server's
 * {@code tokenEnv}, else {@code DIRECTUS_TOKEN}); it is never read from or written to the workspace.
 */
public record ServerTarget(@Nullable String name, URI url, String token) {

  public static final String DEFAULT_TOKEN_ENV = "DIRECTUS_TOKEN";

  public DirectusHttp client() {
    return new DirectusHttp(url, token);
  }

  /** A server a user typed in (the app's dialog): the URL checked, the token as given. */
  public static ServerTarget of(String url, String token) throws DirectusCallException {
    if (token.isBlank()) {
      throw DirectusCallException.config("no token: paste a Directus access token (admin)");
    }
    return new ServerTarget(null, parseUrl(url), token.strip());
  }

  /**
   * Resolves the options. {@code settings} is the workspace's {@code workspace.json} (empty without
   * one); {@code env} looks up environment variables ({@code System::getenv}).
   */
  public static ServerTarget resolve(@Nullable String url, @Nullable String server, @Nullable String tokenEnv,
      JsonObject settings, Function<String, @Nullable String> env) throws DirectusCallException {
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
    String variable = tokenEnv != null ? tokenEnv : serverTokenEnv != null ? serverTokenEnv : DEFAULT_TOKEN_ENV;
    String token = env.apply(variable);
    if (token == null || token.isBlank()) {
      throw DirectusCallException.config("no token: set the environment variable " + variable
          + " to a Directus access token (admin), or name another with --token-env");
    }
    return new ServerTarget(server, parseUrl(address), token.strip());
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
