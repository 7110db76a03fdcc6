package dev.flowsmith.workspace;

import java.time.Clock;

import dev.flowsmith.engine.notification.Notifier;

import dev.flowsmith.engine.mail.Mailer;

import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.engine.run.EnvValues;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.script.ProcessScriptRunner;
import dev.flowsmith.engine.script.ScriptLimits;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The world a workspace's flows run in, shared by every trigger source (webhook server, and later
 * schedules, item events and the app's run button): one item store, outbox and notification
 * inbox, one operation registry with script workers, one {@code $env} snapshot, one run history.
 *
 * <p>{@code $env} is read once when the runtime opens, as Directus snapshots it when its flow
 * manager starts (engine.md §9): the names come from the workspace setting {@code envAllowList}
 * (a list of names, or a comma string like {@code FLOWS_ENV_ALLOW_LIST}), the values from the
 * process environment.
 *
 * <p>Only {@code active} flows are triggerable. The runtime keeps its own copy of the flows so
 * webhook threads never read the folder while the app saves it; call {@link #reloadFlows()} after
 * a save.
 */
public final class WorkspaceRuntime implements FlowLauncher, AutoCloseable {

  public static final String ENV_ALLOW_LIST_SETTING = "envAllowList";

  private final WorkspaceFolder folder;
  private final InMemoryWorld world;
  private final ProcessScriptRunner scripts;
  private final RunServices services;
  private final JsObject env;
  private final FlowRunner runner;
  private final RunHistory history;
  private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
  private volatile Map<String, Flow> flows = Map.of();
  private final EventTriggers events;
  private final FlowScheduler schedules;
  private final EventedItemStore items;
  private volatile boolean schedulesOn;
  private final List<Runnable> onClose;

  private WorkspaceRuntime(Builder builder) throws FlowFormatException {
    this.folder = builder.folder;
    this.onClose = List.copyOf(builder.onClose);
    this.world = builder.items == null ? InMemoryWorld.empty() : new InMemoryWorld(builder.items);
    this.scripts = new ProcessScriptRunner(builder.scriptWorkers);
    this.events = new EventTriggers(this, builder.limits);
    this.schedules = new FlowScheduler(this);
    this.items = new EventedItemStore(world.items(), events);
    Path root = folder.root();
    // item changes fire event flows; mail goes to the outbox (or SMTP); notifications persist
    this.services = world.services(builder.log)
        .add(ItemStore.class, items)
        .add(Mailer.class, MailTransport.from(folder.settings(), root, Clock.systemDefaultZone(), builder.environment))
        .add(Notifier.class, new WorkspaceInbox(root, Clock.systemDefaultZone()))
        .add(HttpSettings.class, HttpSettings.defaults().withMaxResponseBytes(builder.maxResponseBytes))
        .build();
    this.env = EnvValues.allowListed(allowList(folder), builder.environment);
    this.history = new RunHistory(builder.historySize);
    this.runner = new FlowRunner(StandardOperations.registry(scripts), this::flow, builder.limits);
    reloadFlows();
  }

  /**
   * Opens the workspace in {@code dir} with the process environment and its item store: the
   * SQLite file {@code data.db} when the workspace has one ({@code flowsmith schema apply} creates
   * it), else an empty in-memory store.
   */
  public static WorkspaceRuntime open(Path dir) throws IOException, FlowFormatException {
    return builder(WorkspaceFolder.open(dir)).build();
  }

  public static Builder builder(WorkspaceFolder folder) {
    return new Builder(folder);
  }

  /** The names in {@code envAllowList}: a JSON list of names, or one comma-separated string. */
  static List<String> allowList(WorkspaceFolder folder) {
    Optional<JsonValue> setting = folder.settings().get(ENV_ALLOW_LIST_SETTING);
    List<String> names = new ArrayList<>();
    if (setting.orElse(null) instanceof JsonArray array) {
      array.elements().stream().filter(JsonString.class::isInstance)
          .forEach(name -> names.add(((JsonString) name).value().trim()));
    } else if (setting.orElse(null) instanceof JsonString text) {
      Arrays.stream(text.value().split(",")).map(String::trim).forEach(names::add);
    }
    names.removeIf(String::isEmpty);
    return names;
  }

  /** Re-reads the folder's flows (after the app saved or deleted one); event and schedule registrations follow. */
  public void reloadFlows() {
    Map<String, Flow> copy = new LinkedHashMap<>();
    folder.flows().forEach(flow -> copy.put(flow.id(), flow));
    flows = Map.copyOf(copy);
    events.reload(flows());
    if (schedulesOn) {
      schedules.reload(flows());
    }
  }

  /** Starts firing the active schedule flows (the app's switch, and {@code serve}); off until called. */
  public synchronized void startSchedules() {
    schedulesOn = true;
    schedules.reload(flows());
  }

  /** Stops firing schedules; runs already started finish. */
  public synchronized void stopSchedules() {
    schedulesOn = false;
    schedules.reload(List.of());
  }

  /** True while {@link #startSchedules()} is in force. */
  public boolean schedulesOn() {
    return schedulesOn;
  }

  /** The "Item events" switch: off, item changes start no event flows (on by default). */
  public void setItemEvents(boolean on) {
    events.setEnabled(on);
  }

  public boolean itemEventsOn() {
    return events.isEnabled();
  }

  public FlowScheduler schedules() {
    return schedules;
  }

  /** The item store runs use: changes fire the workspace's event flows (engine.md §3.1). */
  public EventedItemStore items() {
    return items;
  }

  /** A flow of the workspace that triggers may start: it exists and its status is active. */
  public Optional<Flow> flow(String flowId) {
    return Optional.ofNullable(flows.get(flowId)).filter(f -> Flow.ACTIVE.equals(f.status()));
  }

  /** Every flow of the workspace, active or not, in file-name order. */
  public List<Flow> flows() {
    return List.copyOf(flows.values());
  }

  @Override
  public RunResult launch(Flow flow, JsValue trigger, JsValue accountability) throws FlowRunException {
    List<RunListener> all = new ArrayList<>(listeners);
    all.add(0, history);
    RunRequest request = new RunRequest(flow, trigger, accountability, env, services, Cancellation.none(),
        RunListener.all(all.toArray(RunListener[]::new)), null, 0);
    return runner.run(request);
  }

  /**
   * Like {@link #launch(Flow, JsValue, JsValue)}, with one more listener for this run only (the
   * app's run panel: live steps and breakpoints) and a cancellation its Stop button fires.
   */
  public RunResult launch(Flow flow, JsValue trigger, JsValue accountability, RunListener extra,
      Cancellation cancellation) throws FlowRunException {
    List<RunListener> all = new ArrayList<>(listeners);
    all.add(0, history);
    all.add(extra);
    RunRequest request = new RunRequest(flow, trigger, accountability, env, services, cancellation,
        RunListener.all(all.toArray(RunListener[]::new)), null, 0);
    return runner.run(request);
  }

  /** Adds a listener to every later run (step events for the inspector, breakpoints). */
  public Runnable addListener(RunListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public RunHistory history() {
    return history;
  }

  public JsObject env() {
    return env;
  }

  public WorkspaceFolder folder() {
    return folder;
  }

  public InMemoryWorld world() {
    return world;
  }

  /**
   * Starts every script worker in the background when a flow has a Run Script step, so that a
   * server's first requests neither wait for a worker JVM nor meet a cold one.
   */
  public void warmUpScripts() {
    if (flows().stream().anyMatch(flow -> flow.operations().stream().anyMatch(op -> "exec".equals(op.type())))) {
      scripts.warmUpAll(ScriptLimits.DEFAULT);
    }
  }

  /** Stops the script workers; runs still going fail their exec steps. */
  @Override
  public void close() {
    schedules.close();
    events.close();
    scripts.close();
    onClose.forEach(Runnable::run);
  }

  /** Choices for opening a runtime; every one has a default. */
  public static final class Builder {
    private final WorkspaceFolder folder;
    private @Nullable ItemStore items;
    private final List<Runnable> onClose = new ArrayList<>();
    private Map<String, String> environment = System.getenv();
    private LogSink log = LogSink.DISCARD;
    private int scriptWorkers = ProcessScriptRunner.DEFAULT_WORKERS;
    private int historySize = RunHistory.DEFAULT_CAPACITY;
    private @Nullable RunLimits limits;
    private long maxResponseBytes;

    private Builder(WorkspaceFolder folder) {
      this.folder = folder;
    }

    /** The item store flows read and write (default: an empty in-memory store). */
    /** Something to release when the runtime closes (the SQLite connection). */
    public Builder onClose(Runnable action) {
      onClose.add(action);
      return this;
    }

    public Builder items(ItemStore store) {
      this.items = store;
      return this;
    }

    /** Where {@code $env} values come from (default: the process environment). */
    public Builder environment(Map<String, String> values) {
      this.environment = Map.copyOf(values);
      return this;
    }

    /** Where the log operation writes (default: nowhere). */
    public Builder log(LogSink sink) {
      this.log = sink;
      return this;
    }

    public Builder scriptWorkers(int workers) {
      this.scriptWorkers = workers;
      return this;
    }

    public Builder historySize(int runs) {
      this.historySize = runs;
      return this;
    }

    public Builder limits(RunLimits runLimits) {
      this.limits = runLimits;
      return this;
    }

    /**
     * Without {@link #items}, the workspace's {@code data.db} if it has one, else an empty in-memory
     * store; without {@link #limits}, the workspace.json {@code budgets} ({@link WorkspaceLimits}).
     */
    public WorkspaceRuntime build() throws FlowFormatException {
      if (limits == null) {
        limits = WorkspaceLimits.runLimits(folder);
      }
      maxResponseBytes = WorkspaceLimits.maxResponseBytes(folder);
      Path database = folder.root().resolve(SqliteItemStore.FILE_NAME);
      if (items == null && java.nio.file.Files.exists(database)) {
        SqliteItemStore store = SqliteItemStore.open(database);
        items = store;
        onClose.add(store::close);
      }
      return new WorkspaceRuntime(this);
    }
  }
}
