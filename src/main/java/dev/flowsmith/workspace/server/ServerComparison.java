package dev.flowsmith.workspace.server;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.workspace.history.RunDiff;
import dev.flowsmith.workspace.history.RunDiff.Change;
import dev.flowsmith.workspace.history.RunDiff.StepDiff;
import dev.flowsmith.workspace.history.RunDiff.ValueDiff;
import dev.flowsmith.workspace.history.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A local run (A) beside the server's run (B) of the same flow and {@code $trigger}, with the
 * differences that come from the two places rather than from the engine named, not hidden:
 * <ul>
 *   <li>{@code $accountability}: the server's is the token's user (role, ip, user agent); locally
 *       it is {@code --accountability} (default null);
 *   <li>{@code $env}: the server's comes from its {@code FLOWS_ENV_ALLOW_LIST}, ours from
 *       {@code --env} / {@code envAllowList};
 *   <li>an error's {@code stack} in the log: the server's lists its own source files after the
 *       first line ({@code DirectusError: …}), which must be the same;
 *   <li>values Directus masks in its run log ({@code --redacted--}, {@code --redacted:NAME--}):
 *       the real value is not in the log, so it cannot be compared.
 * </ul>
 * Everything else — a step only one side ran, a status, rendered options, a chain value — is a
 * real difference.
 */
public record ServerComparison(RunDiff diff, List<Explained> expected, List<StepDiff> steps, List<ValueDiff> chain) {

  /** A difference with the reason it is expected. */
  public record Explained(ValueDiff difference, String reason) {}

  public ServerComparison {
    expected = List.copyOf(expected);
    steps = List.copyOf(steps);
    chain = List.copyOf(chain);
  }

  /** True when the runs differ in more than the expected ways. */
  public boolean differs() {
    return !steps.isEmpty() || !chain.isEmpty();
  }

  public static ServerComparison compare(RunRecord local, RunRecord server) {
    RunDiff diff = RunDiff.compare(local, server);
    List<Explained> expected = new ArrayList<>();
    List<ValueDiff> chain = new ArrayList<>();
    for (ValueDiff difference : diff.chain()) {
      Optional<String> reason = reason(difference);
      if (reason.isPresent()) {
        expected.add(new Explained(difference, reason.get()));
      } else {
        chain.add(difference);
      }
    }
    List<StepDiff> steps = new ArrayList<>();
    for (StepDiff step : diff.changedSteps()) {
      Set<Change> changes = step.changes();
      boolean real = changes.contains(Change.ONLY_IN_A) || changes.contains(Change.ONLY_IN_B)
          || changes.contains(Change.STATUS);
      if (!real && changes.contains(Change.OPTIONS)) {
        String path = step.key() + ".options";
        for (ValueDiff option : RunDiff.valueDifferences(path, step.a().options(), step.b().options())) {
          Optional<String> reason = reason(option);
          if (reason.isPresent()) {
            expected.add(new Explained(option, reason.get()));
          } else {
            real = true;
          }
        }
      }
      if (!real && changes.contains(Change.VALUE)) {
        // the step's value is data[key]: a real difference there is already in the chain list
        real = chain.stream().anyMatch(value -> under(value.path(), step.key()));
      }
      if (real) {
        steps.add(step);
      }
    }
    return new ServerComparison(diff, expected, steps, chain);
  }

  /**
   * A local run as Directus would log it: the history's record, which already has the chain with
   * the keys its log masks ({@code headers.authorization}, …) masked, so it compares with a server's log.
   */
  public static RunRecord asLogged(RunResult result, String source) {
    return RunRecord.from(result, source);
  }

  private static Optional<String> reason(ValueDiff difference) {
    String path = difference.path();
    if (under(path, "$accountability")) {
      return Optional.of("$accountability on the server is the token's user; locally it is --accountability");
    }
    if (under(path, "$env")) {
      return Optional.of("$env on the server comes from its FLOWS_ENV_ALLOW_LIST; locally from --env / envAllowList");
    }
    if (sameError(path, difference.a(), difference.b())) {
      return Optional.of("an error's stack: the server's lists its own source files after the same first line");
    }
    if (masked(difference.a()) || masked(difference.b())) {
      return Optional.of("Directus masks this value in its run log (a secret or an allow-listed $env value)");
    }
    return Optional.empty();
  }

  /** Two stacks of the same error: the run log keeps {@code stack}, and only its first line is the engine's. */
  private static boolean sameError(String path, @Nullable JsonValue a, @Nullable JsonValue b) {
    return (path.endsWith(".stack")) && a instanceof JsonString x && b instanceof JsonString y
        && firstLine(x.value()).equals(firstLine(y.value()));
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static boolean masked(@Nullable JsonValue value) {
    return value instanceof JsonString text && text.value().contains("--redacted");
  }

  private static boolean under(String path, String root) {
    return path.equals(root) || path.startsWith(root + ".") || path.startsWith(root + "[");
  }
}
