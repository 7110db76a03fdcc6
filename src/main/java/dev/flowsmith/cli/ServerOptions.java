package dev.flowsmith.cli;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerTarget;
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

  /** The server these options name; {@code workspace} gives workspace.json's servers (may be null). */
  ServerTarget resolve(@Nullable Path workspace) throws DirectusCallException {
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
    return ServerTarget.resolve(url, server, tokenEnv, settings, System::getenv);
  }
}
