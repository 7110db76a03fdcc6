package dev.flowsmith.cli;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerTarget;
import dev.flowsmith.workspace.server.TokenStore;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to a Directus server shares ({@code @Mixin}): which server
 * and which environment variable holds the token. The workspace ({@code --workspace}) is the
 * command's own option, since most commands have it for other reasons too.
 */
final class ServerOptions {

  @Option(names = "--url", paramLabel = "URL", description = "the Directus server, e.g. https://cms.example.com")
  @Nullable String url;

  @Option(names = "--server", paramLabel = "NAME",
      description = "a server named in the workspace's workspace.json \"servers\" (needs --workspace)")
  @Nullable String server;

  @Option(names = "--token-env", paramLabel = "VAR",
      description = "environment variable holding the access token (default: the server's tokenEnv, else "
          + ServerTarget.DEFAULT_TOKEN_ENV + ")")
  @Nullable String tokenEnv;

  @Option(names = "--email", paramLabel = "EMAIL",
      description = "log in as this user instead of using a token; the password comes from "
          + ServerTarget.PASSWORD_ENV + " (or --password-env), else it is asked for. The login is kept in the "
          + "user's config folder (" + TokenStore.FILE_NAME + ", owner-only) for later commands")
  @Nullable String email;

  @Option(names = "--password-env", paramLabel = "VAR", description = "environment variable holding the password "
      + "for --email (default " + ServerTarget.PASSWORD_ENV + ")")
  @Nullable String passwordEnv;

  /** The server these options name; {@code workspace} gives workspace.json's servers (may be null). */
  ServerTarget resolve(@Nullable Path workspace) throws DirectusCallException {
    JsonObject settings = settings(workspace);
    if (email != null) {
      if (tokenEnv != null) {
        throw DirectusCallException.config("give --email or --token-env, not both");
      }
      ServerTarget.Address address = ServerTarget.address(url, server, settings);
      return ServerTarget.login(server, address.url(), email, password(), TokenStore.standard());
    }
    return ServerTarget.resolve(url, server, tokenEnv, settings, System::getenv, TokenStore.standard());
  }

  private String password() throws DirectusCallException {
    String variable = passwordEnv != null ? passwordEnv : ServerTarget.PASSWORD_ENV;
    String fromEnv = System.getenv(variable);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      throw DirectusCallException.config("--email " + email + ": set " + variable + " to the password (there is no "
          + "terminal to ask on)");
    }
    char[] typed = console.readPassword("Password for %s: ", email);
    if (typed == null || typed.length == 0) {
      throw DirectusCallException.config("--email " + email + ": no password given");
    }
    return new String(typed);
  }

  private JsonObject settings(@Nullable Path workspace) throws DirectusCallException {
    JsonObject settings = JsonObject.EMPTY;
    if (workspace != null && WorkspaceFolder.isWorkspace(workspace)) {
      try {
        settings = WorkspaceFolder.open(workspace).settings();
      } catch (IOException | FlowFormatException unreadable) {
        throw DirectusCallException.config("cannot read " + workspace.resolve(WorkspaceFolder.SETTINGS_FILE) + ": "
            + unreadable.getMessage());
      }
    } else if (server != null) {
      throw DirectusCallException.config("--server " + server + " needs --workspace DIR (its workspace.json names "
          + "the servers); or give --url");
    }
    return settings;
  }
}
