package dev.flowsmith.app.panel;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.FlowGraph;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.TriggerType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@code {{ }}} completion offers (STYLE.md rule 3: derived from the flow, not written per
 * form): the data-chain roots, the paths the flow's trigger provides, and the keys of the
 * operations that can have run before the one being edited. Pure; no JavaFX.
 */
public final class ChainPaths {

  /** engine.md §2: what every operation's accountability carries. */
  private static final List<String> ACCOUNTABILITY = List.of("$accountability", "$accountability.user",
      "$accountability.role", "$accountability.admin", "$accountability.app", "$accountability.ip");

  /**
   * An unfinished template before the caret.
   *
   * @param start where the path text starts (just after the {@code {{})
   * @param partial what was typed of the path so far, trimmed
   * @param closed whether a {@code }}} already follows the caret on the same line
   */
  public record TemplateQuery(int start, String partial, boolean closed) {}

  private ChainPaths() {}

  /** Every path offered inside a template of operation {@code operationId} (null: a trigger field). */
  public static List<String> suggestions(Flow flow, @Nullable String operationId) {
    List<String> paths = new ArrayList<>();
    paths.add("$trigger");
    flow.triggerType().ifPresent(type -> paths.addAll(triggerPaths(type)));
    paths.add("$last");
    paths.addAll(ACCOUNTABILITY);
    paths.add("$env");
    if (operationId != null) {
      paths.addAll(upstreamKeys(flow, operationId));
    }
    return paths;
  }

  /** engine.md / format.md: the shape of {@code $trigger} for each trigger type. */
  static List<String> triggerPaths(TriggerType type) {
    return switch (type) {
      case EVENT -> List.of("$trigger.event", "$trigger.payload", "$trigger.key", "$trigger.keys",
          "$trigger.collection");
      case WEBHOOK -> List.of("$trigger.path", "$trigger.query", "$trigger.body", "$trigger.method",
          "$trigger.headers");
      case MANUAL -> List.of("$trigger.body", "$trigger.body.collection", "$trigger.body.keys");
      // a schedule's $trigger is {}; another flow's $trigger is the payload itself
      case SCHEDULE, OPERATION -> List.of();
    };
  }

  /** Keys of the operations a run can pass through before reaching {@code operationId}, nearest first. */
  static List<String> upstreamKeys(Flow flow, String operationId) {
    FlowGraph graph = flow.graph();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(operationId);
    while (!queue.isEmpty()) {
      for (Operation before : graph.predecessors(queue.poll())) {
        if (!before.id().equals(operationId) && seen.add(before.id())) {
          queue.add(before.id());
        }
      }
    }
    List<String> keys = new ArrayList<>();
    for (String id : seen) {
      flow.operationById(id).ifPresent(op -> keys.add(op.key()));
    }
    return keys;
  }

  /** The suggestions that match what was typed: prefix matches first, then the ones containing it. */
  public static List<String> filter(List<String> paths, String partial) {
    String wanted = partial.toLowerCase(Locale.ROOT);
    List<String> starting = new ArrayList<>();
    List<String> containing = new ArrayList<>();
    for (String path : paths) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.startsWith(wanted)) {
        starting.add(path);
      } else if (lower.contains(wanted)) {
        containing.add(path);
      }
    }
    starting.addAll(containing);
    return starting;
  }

  /** The open template the caret is in, if any: a {@code {{} before it with only a path between. */
  public static Optional<TemplateQuery> openTemplate(String text, int caret) {
    if (caret < 2 || caret > text.length()) {
      return Optional.empty();
    }
    int open = text.lastIndexOf("{{", caret - 2);
    if (open < 0) {
      return Optional.empty();
    }
    String typed = text.substring(open + 2, caret);
    if (typed.contains("}}") || typed.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    String partial = typed.strip();
    for (int i = 0; i < partial.length(); i++) {
      if (Character.isWhitespace(partial.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(new TemplateQuery(open + 2, partial, closedAfter(text, caret)));
  }

  private static boolean closedAfter(String text, int caret) {
    int lineEnd = text.indexOf('\n', caret);
    String rest = text.substring(caret, lineEnd < 0 ? text.length() : lineEnd);
    int close = rest.indexOf("}}");
    int reopen = rest.indexOf("{{");
    return close >= 0 && (reopen < 0 || close < reopen);
  }

  /** The text that replaces the typed path when {@code path} is chosen. */
  public static String insertion(TemplateQuery query, String path) {
    return " " + path + (query.closed() ? "" : " }}");
  }
}
