package dev.flowsmith.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.workspace.SampleWorkspace;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools in-process on the example workspace: queries, the store, trigger-flow, lint, diff's errors. */
class McpToolsTest {

  private static final String INVOICES = "a6033017-9d19-4f15-b73d-d54679fcfc76";
  private static final String WEBHOOK = "ef57ded8-a2f9-428d-92bb-8ab26d6e5e7a";

  @TempDir
  Path temp;

  private McpWorkspace workspace;
  private ToolCatalog catalog;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void examples() throws Exception {
    SampleWorkspace.create(temp.resolve("ws"));
    workspace = new McpWorkspace(temp.resolve("ws"), new PrintStream(log, true, StandardCharsets.UTF_8));
    catalog = new ToolCatalog(workspace, name -> null, null);
  }

  private CallToolResult call(String tool, String json) {
    ToolCatalog.Entry entry = catalog.entries().stream().filter(e -> e.name().equals(tool)).findFirst().orElseThrow();
    return ToolCatalog.call(workspace, entry, McpClients.map(json));
  }

  private Object data(String tool, String json) {
    CallToolResult result = call(tool, json);
    assertThat(result.isError()).as(McpClients.text(result)).isFalse();
    return McpClients.data(result);
  }

  @Test
  void flowsReadTakesDirectusFiltersFieldsSortAndLimit() {
    assertThat(data("flows", """
        {"action": "read", "query": {"filter": {"trigger": {"_eq": "webhook"}}, "fields": ["id", "name"]}}"""))
        .isEqualTo(List.of(Map.of("id", WEBHOOK, "name", "Website lead → CRM")));
    assertThat(data("flows", """
        {"action": "read", "query": {"fields": ["name"], "sort": ["-name"], "limit": 2}}"""))
        .isEqualTo(List.of(Map.of("name", "Website lead → CRM"), Map.of("name", "Recalculate invoice totals")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> nested = (List<Map<String, Object>>) data("flows", """
        {"action": "read", "query": {"filter": {"id": {"_eq": "%s"}}, "fields": ["id", "operations.key"]}}"""
        .formatted(INVOICES));
    assertThat(nested.get(0).get("operations")).isEqualTo(List.of(Map.of("key", "read_lines"),
        Map.of("key", "compute_totals"), Map.of("key", "write_totals"), Map.of("key", "log_calc_error")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> flat = (List<Map<String, Object>>) data("flows", "{\"action\": \"read\"}");
    assertThat(flat).hasSize(4);
    assertThat(flat.get(0).get("operations")).asList().allMatch(String.class::isInstance);
    assertThat(McpClients.text(call("flows", "{\"action\": \"read\", \"query\": {\"filter\": [1]}}")))
        .contains("query.filter must be an object");
  }

  @Test
  void itemsAndSchemaReadTheWorkspaceStore() {
    @SuppressWarnings("unchecked")
    Map<String, Object> overview = (Map<String, Object>) data("schema", "{}");
    assertThat(overview.get("collections").toString()).contains("invoices", "invoice_lines", "articles");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Map<String, Object>>> invoices = (Map<String, Map<String, Map<String, Object>>>)
        data("schema", "{\"keys\": [\"invoice_lines\"]}");
    assertThat(invoices.get("invoice_lines").get("id")).containsEntry("primary_key", true);
    assertThat(invoices.get("invoice_lines").get("invoice")).containsKey("relation");
    assertThat(data("items", """
        {"action": "read", "collection": "invoices", "keys": [2], "query": {"fields": ["number"]}}"""))
        .isEqualTo(List.of(Map.of("number", "INV-2026-0002")));
    assertThat(McpClients.text(call("items", "{\"action\": \"delete\", \"collection\": \"invoices\", \"keys\": [1]}")))
        .contains("not offered here");
    assertThat(call("items", "{\"action\": \"read\", \"collection\": \"nope\"}").isError()).isTrue();
  }

  @Test
  void triggerFlowRunsAManualFlowOnACollectionAndAnswersItsResult() {
    Object result = data("trigger-flow", """
        {"id": "%s", "collection": "invoices", "keys": [1]}""".formatted(INVOICES));
    assertThat(result).isNotNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> after = (List<Map<String, Object>>) data("items", """
        {"action": "read", "collection": "invoices", "keys": [1], "query": {"fields": ["grand_total"]}}""");
    assertThat(after.get(0).get("grand_total")).isNotNull();
    CallToolResult wrongCollection = call("trigger-flow", """
        {"id": "%s", "collection": "articles", "keys": [1]}""".formatted(INVOICES));
    assertThat(wrongCollection.isError()).isTrue();
    assertThat(McpClients.text(wrongCollection)).contains("not offered on collection").contains("FORBIDDEN");
    assertThat(McpClients.text(call("trigger-flow", "{\"id\": \"%s\"}".formatted(INVOICES))))
        .contains("\\\"collection\\\" is required");
  }

  @Test
  void lintReportsPathsAndKeysAndDiffExplainsAMissingServer() {
    assertThat(call("lint", "{}").isError()).isFalse();
    assertThat(data("operations", """
        {"action": "update", "key": "409faa6f-f23c-4bca-99fc-1ef159f1bedd", "data": {"options": {"collection": "invoice_lines", "query": {"filter": {"invoice": {"_eq": "{{ missing_key.id }}"}}}}}}"""))
        .isNotNull();
    String lint = McpClients.text(call("lint", "{\"flow\": \"" + INVOICES + "\"}"));
    assertThat(lint).contains("\"code\":\"unknown-key-reference\"").contains("\"operation\":\"read_lines\"")
        .contains("\"path\":\"$.operations[");
    CallToolResult diff = call("diff", "{\"url\": \"http://127.0.0.1:9\"}");
    assertThat(diff.isError()).isTrue();
    assertThat(McpClients.text(diff)).contains("DIRECTUS_TOKEN");
  }

  @Test
  void aCallThatFindsTheWorkspaceHeldTooLongAnswersBusyInsteadOfHanging() throws Exception {
    java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    Thread slow = new Thread(() -> {
      try {
        workspace.take("run", java.time.Duration.ofSeconds(5));
        held.countDown();
        done.await();
        workspace.release();
      } catch (Exception unexpected) {
        throw new IllegalStateException(unexpected);
      }
    });
    slow.start();
    held.await();
    ToolCatalog.Entry lint = catalog.entries().stream().filter(e -> e.name().equals("lint")).findFirst().orElseThrow();
    CallToolResult busy = ToolCatalog.call(workspace, lint, Map.of(), java.time.Duration.ofMillis(200));
    assertThat(busy.isError()).isTrue();
    assertThat(McpClients.text(busy)).contains("SERVICE_UNAVAILABLE")
        .contains("the workspace is busy: tool \\\"run\\\" has been working for");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("[mcp] lint: the workspace is busy");
    done.countDown();
    slow.join();
    assertThat(ToolCatalog.call(workspace, lint, Map.of(), java.time.Duration.ofMillis(200)).isError()).isFalse();
  }
}
