package dev.flowsmith.format.lint;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.OperationTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds mistakes in a flow before Directus or our engine trips over them: broken links, loops,
 * bad keys, tiles off the grid, missing options, and the template and filter mistakes the
 * Directus docs warn about. Each {@link LintProblem#code()} is stable; this table is the list.
 *
 * <table>
 *   <caption>Codes and severities</caption>
 *   <tr><th>code</th><th>severity</th><th>why</th></tr>
 *   <tr><td>dangling-link</td><td>ERROR</td><td>resolve/reject to a missing operation makes loading throw
 *       "Undefined reference in operations"; a dangling entry runs nothing (engine.md §2.3)</td></tr>
 *   <tr><td>self-link</td><td>ERROR</td><td>a one-operation loop (engine.md §2.3)</td></tr>
 *   <tr><td>duplicate-resolve-target, duplicate-reject-target</td><td>ERROR</td><td>UNIQUE columns
 *       (format.md §1): the database refuses the save</td></tr>
 *   <tr><td>multiple-incoming</td><td>ERROR</td><td>the editor's one-arrow-in rule (format.md §1, §13.3);
 *       Directus copies shared subtrees, exponentially so (engine.md §7.6)</td></tr>
 *   <tr><td>cycle</td><td>ERROR</td><td>overflows Directus's flow loader (engine.md §2.3)</td></tr>
 *   <tr><td>unreachable-operation</td><td>WARNING</td><td>legal, saved, never runs (format.md §1)</td></tr>
 *   <tr><td>duplicate-operation-id</td><td>ERROR</td><td>primary key</td></tr>
 *   <tr><td>id-not-uuid</td><td>INFO</td><td>accepted by SQLite/MySQL, refused by a PostgreSQL uuid column</td></tr>
 *   <tr><td>duplicate-key</td><td>ERROR</td><td>the editor refuses it; the later result overwrites
 *       the earlier on the data chain</td></tr>
 *   <tr><td>invalid-key, reserved-key</td><td>ERROR</td><td>empty or {@code $}-prefixed (format.md §13.4)</td></tr>
 *   <tr><td>key-unsafe-characters</td><td>WARNING</td><td>{@code . [ ] { } ' " `} or white space: no
 *       {@code {{ }}} path can reach the result (engine.md §5.3)</td></tr>
 *   <tr><td>key-not-slug</td><td>INFO</td><td>outside a–z 0–9 {@code _ -}; works, but the Studio writes
 *       lower-case slugs and Directus enforces only uniqueness</td></tr>
 *   <tr><td>position-out-of-range</td><td>ERROR</td><td>grid positions start at 1 (format.md §7)</td></tr>
 *   <tr><td>overlapping-tiles</td><td>WARNING</td><td>legal, but one tile hides the other (also the
 *       trigger tile at (1,1))</td></tr>
 *   <tr><td>options-not-object</td><td>ERROR</td><td>rendering throws on null options (engine.md §5.1);
 *       also a trigger's options that are not an object</td></tr>
 *   <tr><td>unknown-operation-type</td><td>WARNING</td><td>kept, but the run stops there with status
 *       unknown (engine.md §4.3) unless an extension provides it</td></tr>
 *   <tr><td>missing-required-option</td><td>ERROR</td><td>a required, visible catalog field is absent,
 *       null, blank, {@code []} or {@code {}}; also trigger options and event collections</td></tr>
 *   <tr><td>unknown-flow-reference</td><td>ERROR</td><td>a Trigger Flow target that is not in the
 *       workspace (format.md §13.7); only with {@link #lint(Flow, Set)}</td></tr>
 *   <tr><td>dot-notation-filter, filter-not-object</td><td>ERROR</td><td>condition filters need nested
 *       objects (engine.md §7.2, §7.5, §7.6)</td></tr>
 *   <tr><td>request-headers-not-list, request-header-incomplete</td><td>ERROR</td><td>engine.md §6.11</td></tr>
 *   <tr><td>request-body-not-string</td><td>INFO</td><td>axios sends it as JSON, so it works; the
 *       Studio's body field is text</td></tr>
 *   <tr><td>secret-in-options</td><td>WARNING</td><td>a literal token in a request header or JWT
 *       secret travels with every export (format.md §13.8)</td></tr>
 *   <tr><td>malformed-template</td><td>ERROR</td><td>the step rejects with a template error (engine.md §5.4)</td></tr>
 *   <tr><td>unknown-key-reference, key-reference-not-upstream</td><td>WARNING</td><td>renders as
 *       undefined, or fails a condition rule as "required"</td></tr>
 *   <tr><td>fragile-last-reference</td><td>INFO</td><td>{@code {{ $last }}} changes meaning when a step
 *       is inserted</td></tr>
 *   <tr><td>null-last-reference</td><td>WARNING</td><td>{@code {{ $last }}} after a condition, log,
 *       mail or sleep is null (engine.md §6); the message names the operation that produced the last
 *       value, or says none did</td></tr>
 *   <tr><td>missing-trigger</td><td>WARNING</td><td>a flow with no trigger never runs</td></tr>
 *   <tr><td>unknown-trigger, invalid-status, invalid-accountability</td><td>ERROR</td><td>format.md §13.5</td></tr>
 *   <tr><td>invalid-trigger-option</td><td>ERROR</td><td>an event type or webhook method the runner
 *       cannot register</td></tr>
 *   <tr><td>invalid-cron</td><td>ERROR</td><td>the schedule is skipped (engine.md §3.3)</td></tr>
 * </table>
 */
public final class Linter {

  private final List<LintCheck> checks = List.of(new TriggerChecks(), new KeyChecks(), new LayoutChecks(),
      new LinkChecks(), new OptionChecks(), new RequestChecks(), new SecretChecks(), new FilterChecks(),
      new TemplateChecks());
  private final OperationTypes types;

  /** @param types the operation types options are checked against: the engine's registry */
  public Linter(OperationTypes types) {
    this.types = Objects.requireNonNull(types, "types");
  }

  /** Lints one flow on its own; references to other flows are not checked. */
  public List<LintProblem> lint(Flow flow) {
    return run(flow, null);
  }

  /**
   * Lints one flow of a workspace: Trigger Flow operations must name one of {@code knownFlowIds}
   * (the flow itself always counts, a flow may call itself).
   */
  public List<LintProblem> lint(Flow flow, Set<String> knownFlowIds) {
    Set<String> known = new HashSet<>(Objects.requireNonNull(knownFlowIds, "knownFlowIds"));
    known.add(flow.id());
    return run(flow, known);
  }

  private List<LintProblem> run(Flow flow, @Nullable Set<String> knownFlowIds) {
    LintContext context = new LintContext(flow, knownFlowIds, types);
    checks.forEach(check -> check.check(context));
    List<LintProblem> sorted = new ArrayList<>(context.problems());
    if (sorted.size() > 1) {
      sorted.sort(new PathOrder(flow).comparator());
    }
    return List.copyOf(sorted);
  }
}
