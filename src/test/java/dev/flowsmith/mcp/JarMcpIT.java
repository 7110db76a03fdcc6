package dev.flowsmith.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar flowsmith.jar mcp} as an MCP client starts it: the packaged jar, a real subprocess. */
class JarMcpIT {

  @TempDir
  Path temp;

  private static String jar() {
    return System.getProperty("flowsmith.jar", "target/flowsmith.jar");
  }

  @Test
  void theSdkClientRunsTheExampleTestsThroughThePackagedJar() throws Exception {
    Path ws = temp.resolve("demo");
    Process examples = new ProcessBuilder(McpClients.java(), "-jar", jar(), "examples", ws.toString()).start();
    assertThat(examples.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(examples.exitValue()).isZero();

    List<String> stderr = new ArrayList<>();
    long started = System.nanoTime();
    McpSyncClient client = McpClients.stdio(List.of("-jar", jar(), "mcp", "--workspace", ws.toString()), stderr);
    try {
      long initialized = System.nanoTime();
      assertThat(client.listTools().tools()).hasSize(10);
      CallToolResult tests = McpClients.call(client, "test", "{}");
      assertThat(McpClients.text(tests)).contains("14 tests: 14 passed, 0 failed, 0 errors, 0 skipped");
      CallToolResult lint = McpClients.call(client, "lint", "{}");
      assertThat(lint.isError()).isFalse();
      System.err.printf("mcp via jar: initialize %d ms, test tool %d ms%n", (initialized - started) / 1_000_000,
          (System.nanoTime() - initialized) / 1_000_000);
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void standardOutputCarriesNothingButJsonRpc() throws Exception {
    Process server = new ProcessBuilder(McpClients.java(), "-jar", jar(), "mcp", "--workspace",
        temp.resolve("empty").toString()).start();
    try (OutputStream in = server.getOutputStream()) {
      in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"run\",\"arguments\":{}}}\n")
          .getBytes(StandardCharsets.UTF_8));
      in.flush();
      Thread.sleep(3000); // answered before stdin closes; closing it stops the server
    }
    String out = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server exits when stdin closes").isTrue();
    assertThat(server.exitValue()).as(err).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode message = json.readTree(line);
      assertThat(message.get("jsonrpc").asText()).isEqualTo("2.0");
    }
    assertThat(lines.get(1)).contains("\"isError\":true").contains("flow").contains(" is required");
    assertThat(err).contains("flowsmith mcp: serving");
  }
}
