package dev.flowsmith.mcp;

import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.TokenStore;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every tool the server offers: name, description (our words), JSON schema of the arguments,
 * and the handler. The first five mirror Directus's MCP tools in name and argument shape, so a
 * prompt written for a Directus server works here; the rest are what a local workspace adds.
 */
final class ToolCatalog {

  /** A tool's handler: the arguments as JSON in, a result out; a {@link ToolError} is an {@code isError} result. */
  @FunctionalInterface
  interface Handler {
    CallToolResult call(JsonObject arguments) throws ToolError;
  }

  record Entry(String name, String title, String description, String inputSchema, boolean readOnly, Handler handler) {}

  private static final String QUERY = """
      "query": {"type": "object", "description": "Directus query: filter (rules like {\\"trigger\\": {\\"_eq\\": \\"webhook\\"}}), fields (['*'], ['id','name'], ['*','operations.*']), sort (['name','-id']), limit (default 100, -1 for all), offset, page",
        "properties": {"filter": {"type": "object"}, "fields": {"type": "array", "items": {"type": "string"}},
          "sort": {"type": "array", "items": {"type": "string"}}, "limit": {"type": "number"},
          "offset": {"type": "number"}, "page": {"type": "number"}}}""";

  private static final String CRUD = """
      {"type": "object", "properties": {
        "action": {"type": "string", "enum": ["create", "read", "update", "delete"], "description": "what to do"},
        %s,
        "data": {"type": "object", "description": "%s"},
        "key": {"type": "string", "description": "the id of the %s to update or delete"}},
       "required": ["action"]}""";

  private final List<Entry> entries = new ArrayList<>();

  ToolCatalog(McpWorkspace workspace, Function<String, @Nullable String> env, @Nullable TokenStore tokens) {
    FlowsTool flows = new FlowsTool(workspace);
    OperationsTool operations = new OperationsTool(workspace);
    RunTool run = new RunTool(workspace);
    StoreTool store = new StoreTool(workspace);
    LintTool lint = new LintTool(workspace);
    TestTool test = new TestTool(workspace);
    DiffTool diff = new DiffTool(workspace, env, tokens);
    add("flows", "Flows of the workspace", """
        Read, create, update and delete the workspace's flows (one file per flow under flows/). Rows look like \
        Directus's directus_flows: id, name, icon, color, description, status (active|inactive), trigger \
        (event|schedule|operation|webhook|manual), accountability, options (the trigger's settings), operation \
        (the id of the first operation, the trigger's arrow) and operations (ids; nested rows with \
        fields ['*','operations.*']). create: data is a flow row; a missing id becomes a UUID; nested operations \
        are created with it. update: key and the changed columns (options is replaced whole). delete: key. \
        Every write is checked first: a loop, a duplicate key, a link to a missing operation or a second arrow \
        into one operation is refused and nothing is written. Then call lint, run and test.""",
        CRUD.formatted(QUERY, "a flow row (create) or the columns to change (update)", "flow"), false,
        args -> McpJson.data(flows.call(args)));
    add("operations", "Operations of the workspace's flows", """
        Read, create, update and delete operations (Directus's directus_operations rows: id, name, key, type, \
        position_x, position_y, options, resolve, reject, flow). create needs flow (the flow id), key (unique in \
        the flow, a slug: what {{ key }} reads on the data chain) and type (condition, exec, item-create, \
        item-read, item-update, item-delete, json-web-token, log, mail, notification, request, sleep, \
        throw-error, transform, trigger; their options are in the flowsmith://operations/<type> resources). \
        resolve and reject are operation ids: build a chain from its end, or create the operations and then \
        update resolve/reject; point the flow's operation at the first one with flows update. Without a \
        position the operation goes on a free cell; the layout tool tidies. The same checks as flows refuse \
        loops, duplicate keys and dangling links, naming the field.""",
        CRUD.formatted(QUERY, "an operation row (create) or the columns to change (update)", "operation"), false,
        args -> McpJson.data(operations.call(args)));
    add("trigger-flow", "Start a manual or webhook flow", """
        Starts an active manual or webhook flow the way a POST to /flows/trigger/<id> does, with body \
        {collection, keys, ...data}, and answers with the flow's result (what the HTTP caller would get). \
        A manual flow runs as the desktop's admin and only on a collection its trigger lists. To see every \
        step and the data chain use run instead.""", """
        {"type": "object", "properties": {
          "id": {"type": "string", "description": "the flow id"},
          "collection": {"type": "string", "description": "the collection the flow is started on"},
          "keys": {"type": "array", "items": {"type": ["string", "number"]}, "description": "selected item keys"},
          "headers": {"type": "object"}, "query": {"type": "object"},
          "data": {"type": "object", "description": "more body fields (a manual flow's confirmation fields)"}},
         "required": ["id", "collection"]}""", false, args -> McpJson.data(run.trigger(args)));
    add("items", "Items of the workspace's store", """
        Reads items of a collection of the workspace's item store (data.db), as Directus's items tool reads a \
        server's: collection, optional keys, and a query (fields, filter, sort, limit, offset, page, search). \
        Only action read is offered: items change when flows run.""", """
        {"type": "object", "properties": {
          "action": {"type": "string", "enum": ["read"]},
          "collection": {"type": "string"},
          "keys": {"type": "array", "items": {"type": ["string", "number"]}},
          "query": {"type": "object"}},
         "required": ["action", "collection"]}""", true, args -> McpJson.data(store.items(args)));
    add("schema", "Collections of the workspace's store", """
        Without keys: the collection names of the workspace's item store. With keys (collection names): each \
        field's type, primary key and relations — what item operations and {{ }} paths can use.""", """
        {"type": "object", "properties": {
          "keys": {"type": "array", "items": {"type": "string"}, "description": "collections to describe"}}}""",
        true, args -> McpJson.data(store.schema(args)));
    add("lint", "Check flows for mistakes", """
        Lints one flow (flow: its id) or every flow: broken or duplicate links, loops, bad keys, missing \
        options, template and filter mistakes, tiles off the grid. Each problem has severity, a stable code \
        (explained in the flowsmith://lint-codes resource), the JSON path into the flow's file (e.g. \
        $.operations[2].options.url; the index is the file order) and the operation key.""", """
        {"type": "object", "properties": {"flow": {"type": "string", "description": "a flow id; absent: all flows"}}}""",
        true, args -> McpJson.data(lint.lint(args)));
    add("run", "Run a flow and show its data chain", """
        Runs a flow in the embedded engine against the workspace's data (nothing leaves the machine unless the \
        flow makes requests) and answers with the status, every step (key, type, resolve/reject, time) and the \
        data chain. trigger is $trigger: for webhook and manual flows {body, query, headers, method} is completed \
        as the webhook server would; with path it is taken whole. breakAt (an operation key) stops the run \
        before that operation and shows the chain it would see: the place to check a {{ }} path.""", """
        {"type": "object", "properties": {
          "flow": {"type": "string", "description": "the flow id"},
          "trigger": {"description": "the $trigger value, e.g. {\\"body\\": {\\"email\\": \\"a@b.c\\"}}"},
          "breakAt": {"type": "string", "description": "an operation key to stop before"},
          "accountability": {"description": "$accountability (default: what the trigger gives)"}},
         "required": ["flow"]}""", false, args -> McpJson.text(run.run(args)));
    add("test", "Run the workspace's flow tests", """
        Runs tests/*.test.json (for one flow, or those whose file, flow id or name contains filter) and answers \
        PASS/FAIL/ERROR/SKIP per test with the first differences (path, expected, actual, the step that set \
        it). The test format is in the flowsmith://guide/tests resource.""", """
        {"type": "object", "properties": {
          "flow": {"type": "string", "description": "only this flow's tests"},
          "filter": {"type": "string"}}}""", false, args -> McpJson.text(test.call(args)));
    add("layout", "Tidy a flow's tiles", """
        Lays a flow's operations out as the editor's Tidy Layout does, on Directus's 18-cell rhythm: the first \
        operation at column 19 beside the trigger, resolve children 18 cells right, reject children below. \
        Saves the flow and answers with the new positions.""", """
        {"type": "object", "properties": {"flow": {"type": "string"}}, "required": ["flow"]}""", false,
        args -> McpJson.data(lint.layout(args)));
    add("diff", "Compare with a Directus server", """
        Compares the workspace's flows with a Directus server's, field by field (ids, dates and users ignored), \
        as `flowsmith diff` does. url or server (a name in workspace.json's servers); the token comes from the \
        environment (tokenEnv, the server's tokenEnv, DIRECTUS_TOKEN) or a kept login, never from arguments.""",
        """
        {"type": "object", "properties": {
          "url": {"type": "string"}, "server": {"type": "string"}, "tokenEnv": {"type": "string"},
          "flows": {"type": "array", "items": {"type": "string"}, "description": "flow ids (default: all)"}}}""",
        true, args -> McpJson.text(diff.call(args)));
  }

  private void add(String name, String title, String description, String schema, boolean readOnly, Handler handler) {
    entries.add(new Entry(name, title, description, schema, readOnly, handler));
  }

  List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** How long a call waits for the one before it; shorter than clients' usual 60 s request timeout. */
  static final Duration PATIENCE = Duration.ofSeconds(30);
  /** Calls slower than this are noted on standard error, to explain a client's wait. */
  private static final Duration SLOW = Duration.ofSeconds(5);

  /** The SDK's specifications; every call takes the workspace in turn and never throws. */
  List<SyncToolSpecification> specifications(McpWorkspace workspace, McpJsonMapper mapper) {
    List<SyncToolSpecification> specs = new ArrayList<>();
    for (Entry entry : entries) {
      Tool tool = Tool.builder().name(entry.name()).title(entry.title()).description(entry.description())
          .inputSchema(mapper, entry.inputSchema())
          .annotations(new ToolAnnotations(entry.title(), entry.readOnly(), entry.name().equals("flows")
              || entry.name().equals("operations"), entry.readOnly(), entry.name().equals("diff"), null))
          .build();
      specs.add(SyncToolSpecification.builder().tool(tool)
          .callHandler((exchange, request) -> call(workspace, entry, request.arguments()))
          .build());
    }
    return specs;
  }

  static CallToolResult call(McpWorkspace workspace, Entry entry, java.util.Map<String, Object> arguments) {
    return call(workspace, entry, arguments, PATIENCE);
  }

  static CallToolResult call(McpWorkspace workspace, Entry entry, java.util.Map<String, Object> arguments,
      Duration patience) {
    try {
      workspace.take(entry.name(), patience);
    } catch (ToolError busy) {
      workspace.log().println("[mcp] " + entry.name() + ": " + busy.getMessage());
      return McpJson.error(busy.code(), busy.getMessage());
    }
    try {
      return entry.handler().call(McpJson.arguments(arguments));
    } catch (ToolError refused) {
      return McpJson.error(refused.code(), refused.getMessage());
    } catch (RuntimeException bug) {
      bug.printStackTrace(workspace.log());
      return McpJson.error(ToolError.INTERNAL, entry.name() + " failed: " + bug);
    } finally {
      Duration held = workspace.release();
      if (held.compareTo(SLOW) > 0) {
        workspace.log().println("[mcp] " + entry.name() + " took " + held.toMillis() + " ms");
      }
    }
  }
}
