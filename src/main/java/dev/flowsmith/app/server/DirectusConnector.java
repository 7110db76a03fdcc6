package dev.flowsmith.app.server;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.DirectusHttp;
import dev.flowsmith.workspace.server.LoginSession;
import dev.flowsmith.workspace.server.ServerTarget;
import dev.flowsmith.workspace.server.ServerVersion;
import dev.flowsmith.workspace.server.StoredToken;
import dev.flowsmith.workspace.server.TokenSource;
import dev.flowsmith.workspace.server.TokenStore;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Connects for real: a static token, or {@code POST /auth/login} with email and password; then
 * {@code GET /users/me} (is the token good?) and {@code /server/info} (is the server new enough?).
 * Remembered tokens live in the {@link TokenStore} (the user's config folder, owner-only), keyed
 * by server URL; a new server name goes into the open workspace's workspace.json with its url only.
 */
public final class DirectusConnector implements ServerConnector {

  private final TokenStore tokens;
  private final Supplier<@Nullable WorkspaceFolder> workspace;

  public DirectusConnector(TokenStore tokens, Supplier<@Nullable WorkspaceFolder> workspace) {
    this.tokens = tokens;
    this.workspace = workspace;
  }

  @Override
  public ServerConnection connect(ConnectRequest request, BooleanSupplier cancelled) throws DirectusCallException {
    URI url = ServerTarget.of(request.url(), "-").url();
    TokenSource source;
    if (request.auth() == ConnectForm.Auth.LOGIN) {
      source = LoginSession.login(DirectusHttp.anonymous(url).cancellable(cancelled), request.email(),
          request.password(), null);
    } else {
      source = TokenSource.fixed(request.token());
    }
    DirectusHttp client = new DirectusHttp(url, source);
    DirectusHttp checking = client.cancellable(cancelled);
    String user = "?";
    if (DirectusHttp.data(checking.get("/users/me" + DirectusHttp.query("fields", "email,first_name,last_name")))
        instanceof JsonObject me) {
      user = me.string("email").or(() -> me.string("first_name")).orElse("a user without an email");
    }
    Optional<String> version = ServerVersion.check(checking);
    return new ServerConnection(request.name(), url, client, source, user, version.orElse(null));
  }

  @Override
  public void keep(ConnectRequest request, ServerConnection connection) throws IOException {
    if (request.remember()) {
      TokenSource source = connection.tokens();
      tokens.put(connection.url(), source instanceof LoginSession login ? login.stored()
          : new StoredToken(source.token(), null, null));
    } else {
      tokens.remove(connection.url());
    }
    WorkspaceFolder ws = workspace.get();
    if (request.saveName() && request.name() != null && ws != null) {
      JsonObject servers = ws.settings().get("servers").orElse(JsonObject.EMPTY) instanceof JsonObject named
          ? named : JsonObject.EMPTY;
      // the url only: a token is never written into a workspace
      ws.saveSetting("servers", servers.with(request.name(),
          JsonObject.builder().put("url", JsonValue.of(connection.url().toString())).build()));
    }
  }

  @Override
  public @Nullable String rememberedToken(@Nullable String name, String url) {
    try {
      URI parsed = ServerTarget.of(url, "-").url();
      return tokens.get(parsed).map(StoredToken::accessToken).orElse(null);
    } catch (DirectusCallException notAUrl) {
      return null;
    }
  }
}
