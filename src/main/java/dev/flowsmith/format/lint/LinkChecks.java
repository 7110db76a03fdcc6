package dev.flowsmith.format.lint;

import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The arrows of a flow (format.md §1, §13.2–3): every link must land on an operation of the flow,
 * each operation takes one arrow in, and the arrows form a tree without loops.
 */
final class LinkChecks implements LintCheck {

  /** One stored link field, with the place it is stored. */
  private record Arrow(@Nullable Operation from, String to, Link.Kind kind, String path) {
    String source() {
      return from == null ? "the trigger" : LintContext.name(from);
    }
  }

  @Override
  public void check(LintContext context) {
    List<Arrow> arrows = arrows(context);
    Map<String, List<Arrow>> incoming = new LinkedHashMap<>();
    for (Arrow arrow : arrows) {
      if (context.indexOf(arrow.to()) < 0) {
        reportDangling(context, arrow);
      } else if (arrow.from() != null && arrow.from().id().equals(arrow.to())) {
        context.error("self-link", arrow.path(), LintContext.subject(arrow.from()) + "'s " + arrow.kind().field()
            + " points back at itself; Directus cannot load a flow with a loop");
      } else {
        incoming.computeIfAbsent(arrow.to(), k -> new ArrayList<>()).add(arrow);
      }
    }
    incoming.values().forEach(list -> checkIncoming(context, list));
    List<Operation> unreachable = context.graph().unreachable();
    // a loop the trigger reaches needs a second arrow into the operation where the path joins it, so
    // with neither a second arrow nor an unreachable operation there is none (and big flows skip the search)
    if (!unreachable.isEmpty() || incoming.values().stream().anyMatch(list -> list.size() > 1)) {
      checkCycles(context);
    }
    checkUnreachable(context, unreachable);
  }

  /** Entry first, then each operation's resolve and reject in file order, as {@code FlowGraph} lists them. */
  private static List<Arrow> arrows(LintContext context) {
    List<Arrow> arrows = new ArrayList<>();
    String entry = context.flow().operation();
    if (entry != null) {
      arrows.add(new Arrow(null, entry, Link.Kind.ENTRY, LintContext.flowField("operation")));
    }
    for (int i = 0; i < context.operations().size(); i++) {
      Operation op = context.operations().get(i);
      if (op.resolve() != null) {
        arrows.add(new Arrow(op, op.resolve(), Link.Kind.RESOLVE, LintContext.operationField(i, "resolve")));
      }
      if (op.reject() != null) {
        arrows.add(new Arrow(op, op.reject(), Link.Kind.REJECT, LintContext.operationField(i, "reject")));
      }
    }
    return arrows;
  }

  private static void reportDangling(LintContext context, Arrow arrow) {
    String consequence = arrow.kind() == Link.Kind.ENTRY
        ? "; Directus runs no operation at all for this flow"
        : "; Directus refuses to load the flow (Undefined reference in operations)";
    String subject = arrow.from() == null ? "The trigger" : LintContext.subject(arrow.from()) + "'s "
        + arrow.kind().field();
    context.error("dangling-link", arrow.path(), subject + " points at " + arrow.to()
        + ", which is not an operation of this flow" + consequence);
  }

  /** The first arrow into an operation is fine; each further one breaks the DB's or the editor's rule. */
  private static void checkIncoming(LintContext context, List<Arrow> arrows) {
    Operation target = context.operations().get(context.indexOf(arrows.get(0).to()));
    for (int k = 1; k < arrows.size(); k++) {
      Arrow extra = arrows.get(k);
      Arrow sameKind = arrows.subList(0, k).stream().filter(a -> a.kind() == extra.kind()).findFirst().orElse(null);
      if (sameKind != null) {
        // format.md §1: resolve and reject are each UNIQUE columns
        String field = extra.kind().field();
        context.error("duplicate-" + field + "-target", extra.path(), "Both " + sameKind.source() + " and "
            + extra.source() + " " + field + " to " + LintContext.name(target) + "; the database allows only one "
            + field + " arrow into an operation");
      } else {
        Arrow first = arrows.get(0);
        context.error("multiple-incoming", extra.path(), LintContext.subject(target) + " already has an arrow from "
            + first.source() + "; the " + extra.kind().field() + " arrow from " + extra.source()
            + " is a second one, and Directus's editor allows one arrow into an operation");
      }
    }
  }

  private static void checkCycles(LintContext context) {
    for (List<String> component : context.graph().cycles()) {
      if (component.size() == 1) {
        continue; // a one-operation loop is a self-link, reported above
      }
      Set<String> members = Set.copyOf(component);
      String first = component.get(0);
      // point at the arrow that closes the loop onto the first member in file order
      String path = LintContext.operationPath(context.indexOf(first));
      for (int i = 0; i < context.operations().size(); i++) {
        Operation op = context.operations().get(i);
        if (members.contains(op.id()) && first.equals(op.resolve())) {
          path = LintContext.operationField(i, "resolve");
        } else if (members.contains(op.id()) && first.equals(op.reject())) {
          path = LintContext.operationField(i, "reject");
        }
      }
      context.error("cycle", path, "Operations " + loop(context, component)
          + " form a loop; Directus cannot load a flow with a cycle (engine.md §2.3)");
    }
  }

  /** The keys in arrow order when the component is one simple loop, else in file order. */
  private static String loop(LintContext context, List<String> component) {
    Set<String> members = Set.copyOf(component);
    List<String> walk = new ArrayList<>();
    String current = component.get(0);
    while (walk.size() <= component.size() && !walk.contains(current)) {
      walk.add(current);
      current = context.graph().outgoing(current).stream().map(Link::to).filter(members::contains).findFirst()
          .orElse(current);
    }
    boolean simple = walk.size() == component.size() && current.equals(component.get(0));
    List<String> ids = simple ? walk : component;
    String keys = ids.stream().map(id -> "\"" + context.operations().get(context.indexOf(id)).key() + "\"")
        .collect(Collectors.joining(simple ? " → " : ", "));
    return simple ? keys + " → \"" + context.operations().get(context.indexOf(ids.get(0))).key() + "\"" : keys;
  }

  private static void checkUnreachable(LintContext context, List<Operation> unreachable) {
    String why = context.flow().operation() == null ? "the trigger is not connected to any operation"
        : "it is not on any path from the trigger";
    for (Operation op : unreachable) {
      context.warning("unreachable-operation", LintContext.operationPath(context.indexOf(op)),
          LintContext.subject(op) + " never runs: " + why);
    }
  }
}
