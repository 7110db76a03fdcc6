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
    return client.callTool(new CallToolRequest(tool, map(argumentsJson)));
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
