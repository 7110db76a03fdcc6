package dev.flowsmith.mcp;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.workspace.server.TokenStore;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The MCP server of one workspace: the tools of {@link ToolCatalog}, the guides and generated
 * references as resources, and the {@code design-flow} prompt — on stdio (newline-delimited
 * JSON-RPC) and, when asked, on Streamable HTTP ({@link McpHttpEndpoint}). Each transport gets its
 * own SDK server over the same tools; calls are serialised on the workspace.
 */
public final class FlowsmithMcpServer implements AutoCloseable {

  public static final String NAME = "flowsmith";
  static final String INSTRUCTIONS = "Flowsmith edits, lints, runs and tests Directus flows in a local workspace "
      + "folder. The flows, operations, trigger-flow, items and schema tools take the same arguments as Directus's "
      + "MCP tools; lint, run (with breakAt), test, layout and diff are extra. Start with the design-flow prompt "
      + "or the flowsmith://guide/* resources.";
  /** Runs and tests can take a while (sleep operations, scripts); the SDK's default is 10 s. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private final McpWorkspace workspace;
  private final ToolCatalog catalog;
  private final McpJsonMapper mapper = McpJsonDefaults.getMapper();
  private final String version;
  private final List<McpSyncServer> servers = new ArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  /**
   * @param log where diagnostics go (standard error in stdio mode: standard output is the protocol)
   * @param env environment lookup for the diff tool's token
   */
  public FlowsmithMcpServer(Path workspaceRoot, String version, PrintStream log,
      Function<String, @Nullable String> env, @Nullable TokenStore tokens) {
    this.workspace = new McpWorkspace(workspaceRoot, log);
    this.catalog = new ToolCatalog(workspace, env, tokens);
    this.version = version;
  }

  /** Serves over this pair of streams (the process's stdin and stdout, or a test's pipes). */
  public void serveStdio(InputStream in, OutputStream out) {
    servers.add(build(() -> McpServer.sync((McpServerTransportProvider) new SerialStdio(
        new StdioServerTransportProvider(mapper, in, out)))));
  }

  /** Serves Streamable HTTP at {@code http://127.0.0.1:port/mcp}; port 0 picks a free one. Returns the endpoint. */
  public McpHttpEndpoint serveHttp(int port) throws Exception {
    McpHttpEndpoint endpoint = McpHttpEndpoint.start(port, mapper, provider -> servers.add(build(() ->
        McpServer.sync((McpStreamableServerTransportProvider) provider))));
    closeables.add(endpoint);
    return endpoint;
  }

  private McpSyncServer build(Supplier<McpServer.SyncSpecification<?>> spec) {
    List<SyncToolSpecification> tools = catalog.specifications(workspace, mapper);
    return spec.get()
        .serverInfo(NAME, version)
        .instructions(INSTRUCTIONS)
        .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build())
        .requestTimeout(REQUEST_TIMEOUT)
        .validateToolInputs(false) // our own checks answer with isError and the field's name
        .tools(tools)
        .resources(resources())
        .prompts(prompts())
        .build();
  }

  /** URI → text of every resource. */
  static Map<String, String[]> resourceTexts() {
    Map<String, String[]> all = Guides.all();
    all.put("flowsmith://triggers", new String[] {"triggers", OptionsGuide.triggers()});
    all.put("flowsmith://operations", new String[] {"operations", OptionsGuide.index()});
    for (OperationType type : StandardOperations.types().all()) {
      all.put("flowsmith://operations/" + type.id(), new String[] {"operation " + type.id(),
          OptionsGuide.operation(type)});
    }
    all.put("flowsmith://lint-codes", new String[] {"lint-codes", LintCodes.text()});
    return all;
  }

  private static List<SyncResourceSpecification> resources() {
    List<SyncResourceSpecification> specs = new ArrayList<>();
    resourceTexts().forEach((uri, nameAndText) -> {
      Resource resource = Resource.builder().uri(uri).name(nameAndText[0]).mimeType("text/markdown")
          .description(firstLine(nameAndText[1])).build();
      specs.add(new SyncResourceSpecification(resource, (exchange, request) -> new ReadResourceResult(List.of(
          new TextResourceContents(uri, "text/markdown", nameAndText[1])))));
    });
    return specs;
  }

  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.startsWith("# ") ? line.substring(2) : line;
  }

  private static List<SyncPromptSpecification> prompts() {
    Prompt prompt = new Prompt("design-flow", "Design a flow",
        "Guides you through designing a flow here: look, design, build, layout, lint, run, test.",
        List.of(new PromptArgument("goal", "what the flow should do, in a sentence or two", true)));
    return List.of(new SyncPromptSpecification(prompt, (exchange, request) -> {
      Object goal = request.arguments() == null ? null : request.arguments().get("goal");
      String text = Guides.DESIGN_FLOW.formatted(goal == null || goal.toString().isBlank()
          ? "(ask the user what the flow should do)" : goal.toString());
      return new GetPromptResult("Design, lint, run and test a flow",
          List.of(new PromptMessage(Role.USER, new TextContent(text))));
    }));
  }

  /** Tool names, for the CLI's start-up line. */
  public List<String> toolNames() {
    return catalog.entries().stream().map(ToolCatalog.Entry::name).toList();
  }

  @Override
  public void close() {
    for (McpSyncServer server : servers) {
      server.closeGracefully();
    }
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // shutting down: nothing left to tell
      }
    }
  }
}
