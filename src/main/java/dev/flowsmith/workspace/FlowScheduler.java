package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs the workspace's active schedule flows at their cron times (engine.md §3.3): in the clock's
 * zone (the system zone, as Directus uses the server's), with {@code $trigger} and
 * {@code $accountability} null (§3.6). One timer thread waits for the next fire time of each flow
 * and hands the run to a worker pool, so a slow run delays no other schedule (nor its own next
 * fire: runs are independent, §4.7). Invalid crons are not scheduled and reported with Directus's
 * warning. Run errors are only reported, as Directus only logs them.
 */
public final class FlowScheduler implements AutoCloseable {

  private final FlowLauncher launcher;
  private final Clock clock;
  private final TriggerWarnings warnings;
  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
  private volatile Map<String, Flow> flows = Map.of();
  private volatile Map<String, String> problems = Map.of();

  public FlowScheduler(FlowLauncher launcher, Clock clock, TriggerWarnings warnings) {
    this.launcher = launcher;
    this.clock = clock;
    this.warnings = warnings;
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("flowsmith-schedule"));
    this.workers = Executors.newCachedThreadPool(daemon("flowsmith-schedule-run"));
  }

  /** The system clock and zone, warnings to the log. */
  public FlowScheduler(FlowLauncher launcher) {
    this(launcher, Clock.systemDefaultZone(), TriggerWarnings.LOG);
  }

  /** Directus's warning for a cron it would not schedule, for lint and the side panel. */
  public static Optional<String> validate(@Nullable String cron) {
    return CronSchedule.validate(cron);
  }

  /**
   * Replaces every registration with the active schedule flows of {@code newFlows}: an edited cron
   * takes effect, a disabled or removed flow stops firing. Runs already started go on.
   */
  public synchronized void reload(List<Flow> newFlows) {
    registrations.values().forEach(Registration::cancel);
    registrations.clear();
    Map<String, Flow> known = new LinkedHashMap<>();
    Map<String, String> invalid = new LinkedHashMap<>();
    for (Flow flow : newFlows) {
      known.put(flow.id(), flow);
      if (!Flow.ACTIVE.equals(flow.status()) || flow.triggerType().orElse(null) != TriggerType.SCHEDULE) {
        continue;
      }
      String cronText = flow.triggerOptions().string("cron").orElse(null);
      CronSchedule cron;
      try {
        cron = CronSchedule.parse(cronText);
      } catch (IllegalArgumentException notValid) {
        String message = CronSchedule.INVALID_PREFIX + cronText;
        invalid.put(flow.id(), message);
        warnings.warn(flow, message, null);
        continue;
      }
      Registration registration = new Registration(flow, cron);
      registrations.put(flow.id(), registration);
      registration.scheduleAfter(now());
    }
    flows = Map.copyOf(known);
    problems = Map.copyOf(invalid);
  }

  /** Flow id → Directus's warning, for the active schedule flows the last reload could not schedule. */
  public Map<String, String> problems() {
    return problems;
  }

  /** The ids of the flows that are scheduled now. */
  public List<String> scheduled() {
    return List.copyOf(registrations.keySet());
  }

  /** The next fire time of a scheduled flow. */
  public Optional<ZonedDateTime> nextFire(String flowId) {
    Registration registration = registrations.get(flowId);
    return registration == null ? Optional.empty() : Optional.ofNullable(registration.next);
  }

  /**
   * Runs a flow of the last reload now, as its schedule would ("Run now" in the app), on the worker
   * pool; the future fails with FlowRunException when the flow cannot run.
   */
  public CompletableFuture<RunResult> runNow(String flowId) {
    Flow flow = flows.get(flowId);
    if (flow == null) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("unknown flow " + flowId));
    }
    CompletableFuture<RunResult> result = new CompletableFuture<>();
    workers.execute(() -> {
      try {
        result.complete(launcher.launch(flow, JsValue.NULL, JsValue.NULL));
      } catch (FlowRunException | RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  @Override
  public synchronized void close() {
    registrations.values().forEach(Registration::cancel);
    registrations.clear();
    timer.shutdownNow();
    workers.shutdown();
  }

  private ZonedDateTime now() {
    return ZonedDateTime.now(clock);
  }

  private void launchInBackground(Flow flow) {
    workers.execute(() -> {
      try {
        launcher.launch(flow, JsValue.NULL, JsValue.NULL); // engine.md §3.3: $trigger and $accountability null
      } catch (FlowRunException | RuntimeException e) {
        warnings.warn(flow, "Scheduled run failed: " + e.getMessage(), e);
      }
    });
  }

  static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One scheduled flow: always at most one pending timer task, re-armed after each fire. */
  private final class Registration {
    private final Flow flow;
    private final CronSchedule cron;
    private volatile @Nullable ZonedDateTime next;
    private volatile @Nullable ScheduledFuture<?> pending;
    private volatile boolean cancelled;

    Registration(Flow flow, CronSchedule cron) {
      this.flow = flow;
      this.cron = cron;
    }

    void scheduleAfter(ZonedDateTime after) {
      Optional<ZonedDateTime> fireAt = cron.next(after);
      if (cancelled || fireAt.isEmpty()) {
        next = null;
        return; // a cron with no future time (e.g. 30 February) never fires
      }
      next = fireAt.get();
      long delayMillis = Math.max(0, Duration.between(now(), fireAt.get()).toMillis());
      pending = timer.schedule(() -> fire(fireAt.get()), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void fire(ZonedDateTime planned) {
      if (cancelled) {
        return;
      }
      ZonedDateTime current = now();
      if (current.isBefore(planned)) {
        // the timer woke early against the wall clock (clock adjusted); wait for the planned time
        pending = timer.schedule(() -> fire(planned), Duration.between(current, planned).toMillis() + 1,
            TimeUnit.MILLISECONDS);
        return;
      }
      launchInBackground(flow);
      // after the planned time, so a wake-up a few ms late does not fire that second twice; times
      // missed by a late wake-up (the machine slept) are skipped, not caught up
      ZonedDateTime currentSecond = current.truncatedTo(ChronoUnit.SECONDS);
      scheduleAfter(currentSecond.isAfter(planned) ? currentSecond : planned);
    }

    void cancel() {
      cancelled = true;
      ScheduledFuture<?> task = pending;
      if (task != null) {
        task.cancel(false);
      }
    }
  }
}
