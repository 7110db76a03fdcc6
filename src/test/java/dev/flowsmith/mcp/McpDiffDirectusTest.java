package dev.flowsmith.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff tool against the real Directus 11.11 (only reads the server; a flow only here is reported so). */
@Tag("directus")
class McpDiffDirectusTest {

  @TempDir
  Path temp;

  @Test
  void aFlowOnlyInTheWorkspaceIsReportedAgainstTheServer() throws Exception {
    String url = System.getenv().getOrDefault("DIRECTUS_URL", "http://127.0.0.1:8055");
    String token = System.getenv().getOrDefault("DIRECTUS_TOKEN", "dxo-static-admin-token");
    WorkspaceFolder ws = WorkspaceFolder.create(temp.resolve("ws"));
    String id = UUID.randomUUID().toString();
    ws.saveFlow(Flow.create(id, "mcp diff " + id.substring(0, 8)));
    McpWorkspace workspace = new McpWorkspace(ws.root(), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    ToolCatalog catalog = new ToolCatalog(workspace, Map.of("FLOWSMITH_TEST_TOKEN", token)::get, null);
    ToolCatalog.Entry diff = catalog.entries().stream().filter(e -> e.name().equals("diff")).findFirst().orElseThrow();

    CallToolResult result = ToolCatalog.call(workspace, diff, McpClients.map("""
        {"url": "%s", "tokenEnv": "FLOWSMITH_TEST_TOKEN", "flows": ["%s"]}""".formatted(url, id)));

    assertThat(result.isError()).as(McpClients.text(result)).isFalse();
    assertThat(McpClients.text(result)).contains("mcp diff " + id.substring(0, 8) + " (" + id + "): only here")
        .contains("1 of 1 flow(s) differ from");
  }
}
