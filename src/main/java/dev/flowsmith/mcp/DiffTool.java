package dev.flowsmith.mcp;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.FieldDifference;
import dev.flowsmith.workspace.server.FlowDiff;
import dev.flowsmith.workspace.server.ServerSync;
import dev.flowsmith.workspace.server.ServerTarget;
import dev.flowsmith.workspace.server.ServerVersion;
import dev.flowsmith.workspace.server.TokenStore;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code diff}: the workspace's flows against a Directus server's, field by field, as
 * {@code flowsmith diff} prints them. The server is found as the CLI finds it: {@code url}, or
 * {@code server} (a name in workspace.json's {@code servers}), or the only server listed there;
 * the token from {@code tokenEnv}, the server's {@code tokenEnv}, {@code DIRECTUS_TOKEN}, or the
 * user's kept logins. Nothing is written, here or there.
 */
final class DiffTool {

  static final Set<String> ARGUMENTS = Set.of("url", "server", "tokenEnv", "flows");
  private static final int MAX_VALUE_CHARS = 120;

  private final McpWorkspace workspace;
  private final Function<String, @Nullable String> env;
  private final @Nullable TokenStore tokens;

  DiffTool(McpWorkspace workspace, Function<String, @Nullable String> env, @Nullable TokenStore tokens) {
    this.workspace = workspace;
    this.env = env;
    this.tokens = tokens;
  }

  String call(JsonValue.JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("diff", arguments, ARGUMENTS);
    WorkspaceFolder folder = workspace.open();
    List<String> ids = args.strings("flows");
    try {
      ServerTarget target = ServerTarget.resolve(args.optionalString("url").orElse(null),
          args.optionalString("server").orElse(null), args.optionalString("tokenEnv").orElse(null),
          folder.settings(), env, tokens);
      ServerSync sync = new ServerSync(workspace.root(), target.client());
      ServerVersion.check(sync.http());
      List<FlowDiff> diffs = sync.diff(ids);
      StringBuilder text = new StringBuilder();
      int differing = 0;
      for (FlowDiff diff : diffs) {
        if (diff.same()) {
          continue;
        }
        differing++;
        text.append(diff.name()).append(" (").append(diff.id()).append("): ")
            .append(diff.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('\n');
        for (FieldDifference field : diff.differences()) {
          text.append("  ").append(field.describe(MAX_VALUE_CHARS)).append('\n');
        }
      }
      text.append(differing == 0 ? "No differences with " + sync.http().url() + " (" + diffs.size() + " flow(s))"
          : differing + " of " + diffs.size() + " flow(s) differ from " + sync.http().url()).append('\n');
      return text.toString();
    } catch (DirectusCallException failed) {
      throw new ToolError(ToolError.INVALID_PAYLOAD, "diff: " + failed.plainMessage());
    }
  }
}
