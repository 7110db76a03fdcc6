package dev.flowsmith.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SDK's own client, started against our server, and small helpers to call tools with JSON text. */
final class McpClients {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.ArrayDeque<String> LAST_STDERR = new java.util.ArrayDeque<>();

  private McpClients() {}

  /** The java binary running this test. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java -cp <the test class path> dev.flowsmith.Main mcp --workspace DIR}: a real subprocess over stdio. */
  static McpSyncClient stdioFromClasspath(Path workspace, List<String> stderr) {
    return stdio(List.of("-cp", System.getProperty("java.class.path"), "dev.flowsmith.Main", "mcp", "--workspace",
        workspace.toString()), stderr);
  }

  static McpSyncClient stdio(List<String> javaArgs, List<String> stderr) {
    ServerParameters parameters = ServerParameters.builder(java()).args(new ArrayList<>(javaArgs)).build();
    StdioClientTransport transport = new StdioClientTransport(parameters, McpJsonDefaults.getMapper());
    transport.setStdErrorHandler(line -> {
      synchronized (stderr) {
        stderr.add(line);
      }
      synchronized (LAST_STDERR) {
        LAST_STDERR.addLast(line);
        if (LAST_STDERR.size() > 200) {
          LAST_STDERR.removeFirst();
        }
      }
    });
    return client(transport);
  }

  static McpSyncClient client(McpClientTransport transport) {
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
        .initializationTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
    return client;
  }

  static CallToolResult call(McpSyncClient client, String tool, String argumentsJson) {
    try {
      return client.callTool(new CallToolRequest(tool, map(argumentsJson)));
    } catch (RuntimeException failed) {
      throw new AssertionError("tool " + tool + " " + argumentsJson + " failed: " + failed + "\n" + diagnostics(),
          failed);
    }
  }

  /**
   * What a hung call needs to be understood: the server's standard error and the threads of every
   * java child of this JVM (the stdio server), taken with jcmd while it still hangs.
   */
  static String diagnostics() {
    StringBuilder text = new StringBuilder();
    synchronized (LAST_STDERR) {
      text.append("server stderr (last ").append(LAST_STDERR.size()).append(" lines):\n");
      LAST_STDERR.forEach(line -> text.append("  ").append(line).append('\n'));
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    ProcessHandle.current().children().forEach(child -> {
      text.append("threads of child ").append(child.pid()).append(":\n");
      try {
        Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(child.pid()), "Thread.print")
            .redirectErrorStream(true).start();
        text.append(new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        dump.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.io.IOException | InterruptedException unavailable) {
        text.append("  (no dump: ").append(unavailable).append(")\n");
      }
    });
    return text.toString();
  }

  static Map<String, Object> map(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (Exception bad) {
      throw new IllegalArgumentException("test JSON does not parse: " + json, bad);
    }
  }

  static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  /** The JSON a data result holds, as maps and lists. */
  static Object data(CallToolResult result) {
    try {
      return JSON.readValue(text(result), Object.class);
    } catch (Exception bad) {
      throw new IllegalArgumentException("not JSON: " + text(result), bad);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(CallToolResult result) {
    return (Map<String, Object>) data(result);
  }
}
