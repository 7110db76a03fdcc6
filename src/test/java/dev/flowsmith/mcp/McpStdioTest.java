package dev.flowsmith.mcp;

import static dev.flowsmith.mcp.McpClients.call;
import static dev.flowsmith.mcp.McpClients.data;
import static dev.flowsmith.mcp.McpClients.object;
import static dev.flowsmith.mcp.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof over stdio: the SDK's own client talks to {@code flowsmith mcp} in a real
 * subprocess ({@code java -cp … dev.flowsmith.Main mcp --workspace DIR}), newline-delimited JSON-RPC.
 */
class McpStdioTest {

  @TempDir
  static Path temp;

  private static Path workspace;
  private static McpSyncClient client;
  private static final List<String> STDERR = new ArrayList<>();

  @BeforeAll
  static void start() {
    workspace = temp.resolve("ws");
    client = McpClients.stdioFromClasspath(workspace, STDERR);
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
    }
  }

  @Test
  void initializeListsTheToolsResourcesAndPrompt() {
    assertThat(client.getServerInfo().name()).isEqualTo("flowsmith");
    assertThat(client.getCurrentInitializationResult().protocolVersion()).isGreaterThanOrEqualTo("2025-06-18");
    assertThat(client.listTools().tools()).extracting(Tool::name).containsExactly("flows", "operations",
        "trigger-flow", "items", "schema", "lint", "run", "test", "layout", "diff");
    Tool flows = client.listTools().tools().get(0);
    assertThat(flows.inputSchema()).containsKey("properties");
    assertThat(client.listResources().resources()).extracting(Resource::uri).contains(
        "flowsmith://guide/data-chain", "flowsmith://guide/templates", "flowsmith://guide/resolve-reject",
        "flowsmith://guide/grid", "flowsmith://operations/request", "flowsmith://operations/condition",
        "flowsmith://lint-codes", "flowsmith://triggers");
    String request = ((TextResourceContents) client.readResource(new ReadResourceRequest(
        "flowsmith://operations/request")).contents().get(0)).text();
    assertThat(request).contains("| `url` | URL | text | yes |").contains("GET, POST, PATCH, DELETE");
    String prompt = ((TextContent) client.getPrompt(new GetPromptRequest("design-flow",
        Map.of("goal", "store website leads"))).messages().get(0).content()).text();
    assertThat(prompt).contains("store website leads").contains("lint").contains("breakAt").contains("test");
  }

  @Test
  void buildsAThreeOperationWebhookFlowThenLintsRunsAndTestsIt() throws Exception {
    Map<String, Object> flow = object(call(client, "flows", """
        {"action": "create", "data": {"name": "Lead intake", "trigger": "webhook",
          "options": {"method": "POST", "return": "$last"}, "status": "active"}}"""));
    String flowId = (String) flow.get("id");
    assertThat(flow).containsEntry("trigger", "webhook").containsEntry("operations", List.of());

    // built from the end backwards, so each resolve can name an existing operation
    String reply = id(call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "reply", "type": "transform",
          "options": {"json": {"ok": true, "email": "{{ shape.email }}"}}}}""".formatted(flowId)));
    String shape = id(call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "shape", "type": "transform", "resolve": "%s",
          "options": {"json": {"email": "{{ $trigger.body.email }}", "source": "web"}}}}""".formatted(flowId, reply)));
    String check = id(call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "check", "type": "condition", "resolve": "%s",
          "options": {"filter": {"$trigger": {"body": {"email": {"_nnull": true}}}}}}}""".formatted(flowId, shape)));
    Map<String, Object> updated = object(call(client, "flows", """
        {"action": "update", "key": "%s", "data": {"operation": "%s"}}""".formatted(flowId, check)));
    assertThat(updated).containsEntry("operation", check);
    assertThat((List<?>) updated.get("operations")).hasSize(3);

    CallToolResult layout = call(client, "layout", "{\"flow\": \"" + flowId + "\"}");
    assertThat(text(layout)).contains("\"key\":\"check\",\"position_x\":19,\"position_y\":1")
        .contains("\"key\":\"shape\",\"position_x\":37,\"position_y\":1")
        .contains("\"key\":\"reply\",\"position_x\":55,\"position_y\":1");

    assertThat((List<?>) data(call(client, "lint", "{\"flow\": \"" + flowId + "\"}"))).isEmpty();

    CallToolResult run = call(client, "run", """
        {"flow": "%s", "trigger": {"body": {"email": "jane@example.org"}, "method": "POST"}}""".formatted(flowId));
    assertThat(run.isError()).isFalse();
    assertThat(text(run)).startsWith("status: resolve — flow Lead intake, 3 step(s)")
        .contains("1. check  condition  resolve").contains("2. shape  transform  resolve")
        .contains("3. reply  transform  resolve").contains("\"email\": \"jane@example.org\"")
        .contains("\"path\": \"/trigger/" + flowId + "\"");

    CallToolResult paused = call(client, "run", """
        {"flow": "%s", "trigger": {"body": {"email": "jane@example.org"}}, "breakAt": "reply"}""".formatted(flowId));
    assertThat(text(paused)).startsWith("paused before reply (not run) in flow Lead intake after 2 step(s)")
        .contains("chain before reply:").contains("\"shape\": {").doesNotContain("\"reply\":")
        .doesNotContain("3. reply");

    Files.createDirectories(workspace.resolve("tests"));
    Files.writeString(workspace.resolve("tests/lead-intake.test.json"), """
        {"flow": "%s", "tests": [
          {"name": "a lead with an email is shaped", "trigger": {"body": {"email": "a@b.c"}, "method": "POST"},
           "expect": {"status": "resolve", "steps": ["check", "shape", "reply"], "chain": {"reply.email": "a@b.c"}}},
          {"name": "no email is rejected", "trigger": {"body": {}, "method": "POST"},
           "expect": {"status": "reject", "steps": ["check"]}}]}
        """.formatted(flowId));
    CallToolResult tests = call(client, "test", "{\"flow\": \"" + flowId + "\"}");
    assertThat(text(tests)).contains("PASS  tests/lead-intake.test.json  a lead with an email is shaped")
        .contains("PASS  tests/lead-intake.test.json  no email is rejected")
        .contains("2 tests: 2 passed, 0 failed, 0 errors, 0 skipped");

    CallToolResult read = call(client, "operations", """
        {"action": "read", "query": {"filter": {"flow": {"_eq": "%s"}}, "fields": ["key", "type"], "sort": ["key"]}}"""
        .formatted(flowId));
    assertThat(data(read)).isEqualTo(List.of(Map.of("key", "check", "type", "condition"),
        Map.of("key", "reply", "type", "transform"), Map.of("key", "shape", "type", "transform")));

    // the file on disk is what the app's save writes: canonical text, and saving it again changes nothing
    Path file = WorkspaceFolder.open(workspace).fileOf(flowId).orElseThrow();
    String onDisk = Files.readString(file);
    Flow loaded = WorkspaceFolder.open(workspace).flow(flowId).orElseThrow();
    assertThat(onDisk).isEqualTo(FlowWriter.canonical(loaded));
    assertThat(file.getFileName().toString()).isEqualTo("lead-intake.json");
    WorkspaceFolder.open(workspace).saveFlow(loaded); // FileCommands' save path
    assertThat(Files.readString(file)).isEqualTo(onDisk);
  }

  @Test
  void badArgumentsUnknownFlowsAndRefusedWritesAreToolErrorsAndTheServerStaysUp() throws Exception {
    String flowId = (String) object(call(client, "flows", """
        {"action": "create", "data": {"name": "Guarded", "trigger": "manual", "options": {"collections": ["posts"]}}}"""))
        .get("id");
    String first = id(call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "first", "type": "log", "options": {"message": "hi"}}}"""
        .formatted(flowId)));
    Path file = WorkspaceFolder.open(workspace).fileOf(flowId).orElseThrow();
    String before = Files.readString(file);

    assertError(call(client, "flows", "{\"action\": \"list\"}"), "\\\"action\\\" must be one of create, read");
    assertError(call(client, "flows", "{\"action\": \"read\", \"limit\": 3}"), "unknown argument \\\"limit\\\"");
    assertError(call(client, "operations", "{\"action\": \"create\", \"data\": {\"flow\": \"" + flowId
        + "\", \"key\": \"x\", \"type\": \"log\", \"position_x\": \"left\"}}"), "data.position_x");
    assertError(call(client, "run", "{\"flow\": \"no-such-flow\"}"), "no flow with id \\\"no-such-flow\\\"");
    assertError(call(client, "run", "{\"flow\": \"" + flowId + "\", \"breakAt\": \"nope\"}"), "breakAt");

    CallToolResult dangling = call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "second", "type": "log", "resolve": "missing-op"}}"""
        .formatted(flowId));
    assertError(dangling, "data.resolve");
    assertThat(text(dangling)).contains("dangling-link").contains("nothing was written");

    CallToolResult duplicate = call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "first", "type": "log"}}""".formatted(flowId));
    assertError(duplicate, "duplicate-key");

    String second = id(call(client, "operations", """
        {"action": "create", "data": {"flow": "%s", "key": "second", "type": "log", "resolve": "%s"}}"""
        .formatted(flowId, first)));
    String afterSecond = Files.readString(file);
    CallToolResult loop = call(client, "operations", """
        {"action": "update", "key": "%s", "data": {"resolve": "%s"}}""".formatted(first, second));
    assertError(loop, "operation \\\"second\\\" resolve");
    assertThat(text(loop)).contains("cycle");
    assertThat(Files.readString(file)).isEqualTo(afterSecond).isNotEqualTo(before);

    // still up: the next calls work
    assertThat(client.listTools().tools()).hasSize(10);
    assertThat(call(client, "lint", "{\"flow\": \"" + flowId + "\"}").isError()).isFalse();
  }

  private static void assertError(CallToolResult result, String fragment) {
    assertThat(result.isError()).as(text(result)).isTrue();
    assertThat(text(result)).contains(fragment).startsWith("[{\"error\":");
  }

  private static String id(CallToolResult created) {
    assertThat(created.isError()).as(text(created)).isFalse();
    return (String) object(created).get("id");
  }
}
