package dev.flowsmith.cli;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.run.EnvValues;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.SourceLocation;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.flowsmith.workspace.WorkspaceLimits;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerComparison;
import dev.flowsmith.workspace.server.ServerRun;
import dev.flowsmith.workspace.server.ServerTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: one flow, headless, printing the chain, the steps and the result as JSON. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs one flow headless with $trigger taken from a JSON file and prints",
        "{\"chain\", \"steps\": [{\"operation\", \"key\", \"status\", \"options\", \"durationMs\"}], \"result\"}",
        "as Directus's run log holds them: secrets (headers.authorization, headers.cookie, query.access_token,",
        "payload.password) and allow-listed $env values masked; --unmasked prints the live chain and result.",
        "Exits 0 when the run finished, whatever path it took; 2 for bad input or a flow that cannot run.",
        "With --on-server the flow runs on a Directus server (--url or --server, token from DIRECTUS_TOKEN or",
        "--token-env); --compare runs it here too and exits 1 when the two runs differ."})
final class RunCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FLOW", description = "the flow file (any readable format, one flow)")
  private Path flowFile;

  @Option(names = "--trigger", paramLabel = "FILE", description = "JSON file with the $trigger value (default: null)")
  private Path triggerFile;

  @Option(names = "--accountability", paramLabel = "FILE",
      description = "JSON file with the $accountability value (default: null, i.e. unrestricted)")
  private Path accountabilityFile;

  @Option(names = "--workspace", paramLabel = "DIR", description = "workspace whose flows Trigger Flow operations can start (and whose workspace.json names the "
          + "servers for --server)")
  private Path workspace;

  @Option(names = "--schema", paramLabel = "FILE",
      description = "Directus schema snapshot (GET /schema/snapshot) for the in-memory item store")
  private Path schema;

  @Option(names = "--items", paramLabel = "FILE",
      description = "seed items {\"collection\": [items…]} loaded into the item store (needs --schema)")
  private Path seedItems;

  @Option(names = "--patch", paramLabel = "FILE",
      description = "changes applied after seeding, {\"collection\": [{\"id\", …changed fields}]} (needs --schema)")
  private Path patch;

  @Option(names = "--env", paramLabel = "KEY=VALUE", description = "an allow-listed $env variable (repeatable)")
  private List<String> env = new ArrayList<>();

  @Mixin
  private BudgetOptions budgets = new BudgetOptions();

  @Option(names = "--unmasked",
      description = "print the chain and result as the operations saw them and as the webhook response would carry them "
          + "(JSON.stringify), secrets included; by default they are masked as in Directus's run log")
  private boolean unmasked;

  @Option(names = "--on-server",
      description = "run the flow on a Directus server instead (a temporary copy, deleted afterwards) and print "
          + "its chain and steps from the server's run log")
  private boolean onServer;

  @Option(names = "--compare",
      description = "with --on-server: run locally too and print what differs; exit 1 when the runs differ "
          + "(apart from the named, expected differences)")
  private boolean compare;

  @Mixin
  private ServerOptions serverOptions = new ServerOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Flow flow = InputFiles.read(flowFile, null).single();
      JsValue trigger = readJson(triggerFile);
      if (onServer || compare) {
        return onServer(flow, trigger);
      }
      JsObject envValues = parseEnv();
      RunResult result = runLocally(flow, trigger, envValues);
      spec.commandLine().getOut().print(RunOutput.json(result, unmasked));
      return FlowsmithCli.OK;
    } catch (FlowFormatException | FlowRunException bad) {
      return fail(bad.getMessage());
    } catch (JsException badJson) {
      return fail(badJson.getMessage());
    } catch (IOException unreadable) {
      return fail("cannot read: " + unreadable.getMessage());
    } catch (DirectusCallException server) {
      return fail(server.plainMessage());
    }
  }

  private RunResult runLocally(Flow flow, JsValue trigger, JsObject envValues)
      throws IOException, FlowFormatException, FlowRunException {
    PrintWriter err = spec.commandLine().getErr();
    JsValue accountability = readJson(accountabilityFile);
    List<Flow> flows = new ArrayList<>();
    flows.add(flow);
    RunLimits limits = RunLimits.DEFAULT;
    long maxResponseBytes = HttpSettings.DEFAULT_MAX_RESPONSE_BYTES;
    if (workspace != null) {
      WorkspaceFolder folder = WorkspaceFolder.open(workspace);
      flows.addAll(folder.flows());
      limits = WorkspaceLimits.runLimits(folder);
      maxResponseBytes = WorkspaceLimits.maxResponseBytes(folder);
    }
    limits = budgets.apply(limits);
    InMemoryWorld world = world();
    RunServices services = world.services(
        (flowName, key, message) -> err.println("[" + flowName + " › " + key + "] " + message))
        .add(HttpSettings.class, HttpSettings.defaults().withMaxResponseBytes(maxResponseBytes))
        .build();
    RunResult result;
    try (CliServices cli = new CliServices()) {
      FlowRunner runner = new FlowRunner(cli.operations(), FlowSource.of(flows), limits);
      result = runner.run(new RunRequest(flow, trigger, accountability, envValues, services,
          Cancellation.none(), RunListener.NONE, null, 0));
    }
    world.outbox().messages().forEach(mail -> err.println("[outbox] " + mail));
    return result;
  }

  /** {@code --on-server}: the server's run, and with {@code --compare} the local one beside it. */
  private int onServer(Flow flow, JsValue trigger)
      throws IOException, FlowFormatException, FlowRunException, DirectusCallException {
    PrintWriter err = spec.commandLine().getErr();
    JsObject envValues = parseEnv();
    if (!compare) {
      for (var localOnly : List.of(java.util.Map.entry("--schema", schema != null),
          java.util.Map.entry("--items", seedItems != null), java.util.Map.entry("--patch", patch != null),
          java.util.Map.entry("--accountability", accountabilityFile != null),
          java.util.Map.entry("--env", !env.isEmpty()))) {
        if (localOnly.getValue()) {
          throw new FlowFormatException(localOnly.getKey(), null, null, "is for the local run; --on-server alone "
              + "uses the server's data and $env: add --compare to run here too");
        }
      }
    }
    ServerTarget target = serverOptions.resolve(workspace);
    ServerRun.Outcome outcome = new ServerRun(target.client()).run(flow, JsJson.toModel(trigger),
        message -> err.println("[server] " + message), () -> false);
    if (!compare) {
      spec.commandLine().getOut().print(ServerRunOutput.json(outcome.record(), target.url()));
      return FlowsmithCli.OK;
    }
    RunResult local = runLocally(flow, trigger, envValues);
    ServerComparison comparison = ServerComparison.compare(ServerComparison.asLogged(local, "cli"),
        outcome.record());
    spec.commandLine().getOut().print(ServerRunOutput.comparison(comparison, target.url()));
    return comparison.differs() ? FlowsmithCli.PROBLEMS : FlowsmithCli.OK;
  }

  private InMemoryWorld world() throws IOException, FlowFormatException {
    if (schema == null) {
      if (seedItems != null || patch != null) {
        throw new FlowFormatException(seedItems != null ? "--items" : "--patch", null, null,
            "items need a schema: give --schema too");
      }
      return InMemoryWorld.empty();
    }
    InMemoryItemStore store = InMemoryItemStore.builder(ItemStoreLoader.readSchema(schema)).build();
    if (seedItems != null) {
      ItemStoreLoader.seed(store, ItemStoreLoader.readJson(seedItems));
    }
    if (patch != null) {
      ItemStoreLoader.applySetup(store, ItemStoreLoader.readJson(patch));
    }
    return new InMemoryWorld(store);
  }

  private JsValue readJson(Path file) throws FlowFormatException, IOException {
    if (file == null) {
      return JsValue.NULL;
    }
    String text = FlowReader.readText(file);
    try {
      return JsJson.parse(text);
    } catch (JsException notJson) {
      // JSON.parse's message has no position: the located reader says where, when it objects too
      SourceLocation at = null;
      String problem = notJson.getMessage();
      try {
        JsonText.parse(text, file.toString());
      } catch (FlowFormatException located) {
        at = located.location();
        problem = located.problem();
      }
      throw new FlowFormatException(file.toString(), at, null, "not valid JSON: " + problem);
    }
  }

  private JsObject parseEnv() throws FlowFormatException {
    Map<String, String> values = new LinkedHashMap<>();
    for (String entry : env) {
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new FlowFormatException("--env", null, null, "expected KEY=VALUE, got '" + entry + "'");
      }
      values.put(entry.substring(0, equals), entry.substring(equals + 1));
    }
    return EnvValues.allowListed(new ArrayList<>(values.keySet()), values);
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("flowsmith run: " + message);
    return FlowsmithCli.BAD_INPUT;
  }
}
