package dev.flowsmith.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamable HTTP on 127.0.0.1 with the SDK's HTTP client; a foreign Origin is refused. */
class McpHttpTest {

  @TempDir
  Path temp;

  @Test
  void theSdkClientTalksStreamableHttpOnLoopback() throws Exception {
    Path ws = temp.resolve("ws");
    Files.createDirectories(ws.resolve("flows"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (FlowsmithMcpServer server = new FlowsmithMcpServer(ws, "test", new PrintStream(log, true,
        StandardCharsets.UTF_8), name -> null, null)) {
      McpHttpEndpoint endpoint = server.serveHttp(0);
      assertThat(endpoint.url().toString()).startsWith("http://127.0.0.1:").endsWith("/mcp");
      HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
          .builder("http://127.0.0.1:" + endpoint.port()).endpoint(McpHttpEndpoint.PATH).build();
      McpSyncClient client = McpClients.client(transport);
      try {
        assertThat(client.listTools().tools()).extracting(Tool::name).contains("flows", "run", "lint");
        CallToolResult created = McpClients.call(client, "flows", """
            {"action": "create", "data": {"name": "Over HTTP", "trigger": "webhook", "options": {"method": "GET"}}}""");
        assertThat(created.isError()).as(McpClients.text(created)).isFalse();
        assertThat(Files.exists(ws.resolve("flows/over-http.json"))).isTrue();
        CallToolResult run = McpClients.call(client, "run",
            "{\"flow\": \"" + McpClients.object(created).get("id") + "\"}");
        assertThat(McpClients.text(run)).contains("(none: the trigger is connected to no operation)");
      } finally {
        client.closeGracefully();
      }

      HttpResponse<String> foreign = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.url())
          .header("Origin", "http://evil.example").header("Content-Type", "application/json")
          .header("Accept", "application/json, text/event-stream")
          .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
              + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"x\","
              + "\"version\":\"1\"}}}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(foreign.statusCode()).isEqualTo(403);
    }
  }
}
