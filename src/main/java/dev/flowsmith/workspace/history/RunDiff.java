package dev.flowsmith.workspace.history;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two runs, usually of the same flow: which steps ran in one and not the
 * other or ended, rendered or produced differently, and every leaf of the final chain
 * ({@code data}) that differs, by path. Pure: two records in, a value out.
 *
 * @param steps one row per operation that ran in either run, in execution order (A's order,
 *     with B's extra steps placed after the step that preceded them in B and after A's own extra steps there)
 * @param chain every differing leaf, in the order met walking A then B's extra members
 */
public record RunDiff(List<StepDiff> steps, List<ValueDiff> chain) {

  public enum Change { ONLY_IN_A, ONLY_IN_B, STATUS, OPTIONS, VALUE }

  /**
   * One operation of either run.
   *
   * @param a the step in run A, null when it did not run there
   * @param b the step in run B, null when it did not run there
   */
  public record StepDiff(String operationId, String key, RunRecord.@Nullable Step a, RunRecord.@Nullable Step b,
      Set<Change> changes) {

    public StepDiff {
      changes = Set.copyOf(changes);
    }

    public boolean changed() {
      return !changes.isEmpty();
    }
  }

  /**
   * One differing value of the chain.
   *
   * @param path like {@code $trigger.body.items[0].id}; a member that is not a plain name is
   *     written {@code ["a b"]}
   * @param a the value in run A, null when absent there (a JSON null is {@link JsonValue#NULL})
   * @param b the value in run B, null when absent there
   */
  public record ValueDiff(String path, @Nullable JsonValue a, @Nullable JsonValue b) {}

  public RunDiff {
    steps = List.copyOf(steps);
    chain = List.copyOf(chain);
  }

  public boolean hasDifferences() {
    return !chain.isEmpty() || steps.stream().anyMatch(StepDiff::changed);
  }

  /** The step rows that differ. */
  public List<StepDiff> changedSteps() {
    return steps.stream().filter(StepDiff::changed).toList();
  }

  public static RunDiff compare(RunRecord a, RunRecord b) {
    List<ValueDiff> chain = new ArrayList<>();
    differences("", a.data(), b.data(), chain);
    return new RunDiff(alignSteps(a, b), chain);
  }

  /** Steps match when both their operation id and key are equal: a renamed key is another step. */
  private static List<StepDiff> alignSteps(RunRecord a, RunRecord b) {
    List<StepDiff> rows = new ArrayList<>();
    for (int i = 0; i < a.steps().size(); i++) {
      RunRecord.Step stepA = a.steps().get(i);
      int j = indexOf(b, stepA);
      rows.add(j < 0 ? row(stepA, null, JsonValue.NULL, JsonValue.NULL)
          : row(stepA, b.steps().get(j), a.valueOf(i), b.valueOf(j)));
    }
    int insertAt = 0;
    for (RunRecord.Step stepB : b.steps()) {
      int existing = rowOf(rows, stepB);
      if (existing >= 0) {
        insertAt = existing + 1;
      } else {
        // where the runs went different ways, A's steps come first, then B's
        while (insertAt < rows.size() && rows.get(insertAt).b() == null) {
          insertAt++;
        }
        rows.add(insertAt++, row(null, stepB, JsonValue.NULL, JsonValue.NULL));
      }
    }
    return rows;
  }

  private static StepDiff row(RunRecord.@Nullable Step a, RunRecord.@Nullable Step b, JsonValue valueA,
      JsonValue valueB) {
    RunRecord.Step either = Objects.requireNonNull(a != null ? a : b);
    Set<Change> changes = EnumSet.noneOf(Change.class);
    if (a == null) {
      changes.add(Change.ONLY_IN_B);
    } else if (b == null) {
      changes.add(Change.ONLY_IN_A);
    } else {
      if (!a.status().equals(b.status())) {
        changes.add(Change.STATUS);
      }
      if (!same(a.options(), b.options())) {
        changes.add(Change.OPTIONS);
      }
      if (!same(valueA, valueB)) {
        changes.add(Change.VALUE);
      }
    }
    return new StepDiff(either.operationId(), either.key(), a, b, changes);
  }

  private static int indexOf(RunRecord run, RunRecord.Step step) {
    for (int j = 0; j < run.steps().size(); j++) {
      if (matches(run.steps().get(j), step)) {
        return j;
      }
    }
    return -1;
  }

  private static int rowOf(List<StepDiff> rows, RunRecord.Step step) {
    for (int r = 0; r < rows.size(); r++) {
      StepDiff row = rows.get(r);
      if (row.operationId().equals(step.operationId()) && row.key().equals(step.key())) {
        return r;
      }
    }
    return -1;
  }

  private static boolean matches(RunRecord.Step x, RunRecord.Step y) {
    return x.operationId().equals(y.operationId()) && x.key().equals(y.key());
  }

  /** Every differing leaf of two values (e.g. two steps' options), with paths below {@code path}. */
  public static List<ValueDiff> valueDifferences(String path, @Nullable JsonValue x, @Nullable JsonValue y) {
    List<ValueDiff> found = new ArrayList<>();
    differences(path, x, y, found);
    return found;
  }

  /** True when the two values are equal as JSON (numbers by value: 1 and 1.0 are the same). */
  public static boolean same(@Nullable JsonValue x, @Nullable JsonValue y) {
    if (x == null || y == null) {
      return x == y;
    }
    List<ValueDiff> found = new ArrayList<>();
    differences("", x, y, found);
    return found.isEmpty();
  }

  /** Walks both values together; objects by member, arrays by index, anything else compared whole. */
  private static void differences(String path, @Nullable JsonValue x, @Nullable JsonValue y, List<ValueDiff> out) {
    if (x instanceof JsonObject ox && y instanceof JsonObject oy) {
      Set<String> names = new LinkedHashSet<>(ox.members().keySet());
      names.addAll(oy.members().keySet());
      for (String name : names) {
        differences(member(path, name), ox.get(name).orElse(null), oy.get(name).orElse(null), out);
      }
    } else if (x instanceof JsonArray ax && y instanceof JsonArray ay) {
      for (int i = 0; i < Math.max(ax.size(), ay.size()); i++) {
        differences(JsonPath.index(path, i), i < ax.size() ? ax.elements().get(i) : null,
            i < ay.size() ? ay.elements().get(i) : null, out);
      }
    } else if (!leafEquals(x, y)) {
      out.add(new ValueDiff(path, x, y));
    }
  }

  private static boolean leafEquals(@Nullable JsonValue x, @Nullable JsonValue y) {
    if (x instanceof JsonNumber nx && y instanceof JsonNumber ny) {
      try {
        return nx.decimalValue().compareTo(ny.decimalValue()) == 0;
      } catch (NumberFormatException notDecimal) {
        return nx.literal().equals(ny.literal());
      }
    }
    return Objects.equals(x, y);
  }

  private static String member(String parent, String name) {
    String path = JsonPath.member(parent, name);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
