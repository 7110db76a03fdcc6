package dev.flowsmith.workspace.server;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The write requests that turn the server's flows into the wanted ones, in the order Directus
 * 11 accepts without a foreign-key or unique-column error, each a batch over all flows:
 * <ol>
 *   <li>{@code PATCH /flows}: flows whose operations change go inactive (and drop an entry that
 *       is about to be deleted), so no half-changed flow runs;
 *   <li>{@code POST /flows}: new flows, inactive and without an entry;
 *   <li>{@code POST /operations}: new operations, unlinked;
 *   <li>{@code PATCH /operations}: links that change, and links of operations to delete, set to
 *       null first ({@code resolve} and {@code reject} are unique columns, and a referenced
 *       operation cannot be deleted);
 *   <li>{@code PATCH /operations}: changed operations and every new link;
 *   <li>{@code DELETE /operations}, then {@code DELETE /flows} (a rollback removing created flows);
 *   <li>{@code PATCH /flows}: the flows' columns, entry operation and status last.
 * </ol>
 * A flow already equal to the wanted one gets no request. Batches are split so no body exceeds
 * {@value #MAX_ITEMS} items or about {@value #MAX_BODY_CHARS} characters (Directus's default
 * {@code MAX_PAYLOAD_SIZE} is 1 MB).
 */
final class PushPlanner {

  static final int MAX_ITEMS = 500;
  static final int MAX_BODY_CHARS = 400_000;

  /** One flow: what it should become ({@code null}: delete it) and what the server has ({@code null}: none). */
  record Change(@Nullable Flow wanted, @Nullable Flow current) {
    String id() {
      return wanted != null ? wanted.id() : Objects.requireNonNull(current).id();
    }
  }

  private PushPlanner() {}

  static List<PushStep> plan(List<Change> changes) {
    List<Item> deactivate = new ArrayList<>();
    List<Item> createFlows = new ArrayList<>();
    List<Item> createOps = new ArrayList<>();
    List<Item> unlink = new ArrayList<>();
    List<Item> updateOps = new ArrayList<>();
    List<Item> deleteOps = new ArrayList<>();
    List<Item> deleteFlows = new ArrayList<>();
    List<Item> finish = new ArrayList<>();
    for (Change change : changes) {
      Flow wanted = change.wanted();
      Flow current = change.current();
      if (wanted == null) {
        if (current != null) {
          deleteFlows.add(new Item(current.id(), JsonValue.of(current.id())));
        }
        continue;
      }
      if (current != null && FlowContent.same(wanted, current)) {
        continue;
      }
      Map<String, Operation> existing = current == null ? Map.of()
          : current.operations().stream().collect(Collectors.toMap(Operation::id, Function.identity()));
      Set<String> kept = wanted.operations().stream().map(Operation::id).collect(Collectors.toSet());
      List<Operation> removed = existing.values().stream().filter(op -> !kept.contains(op.id()))
          .sorted(java.util.Comparator.comparing(Operation::id)).toList();
      boolean operationsChange = !removed.isEmpty();
      for (Operation op : wanted.operations()) {
        Operation before = existing.get(op.id());
        if (before == null) {
          operationsChange = true;
          createOps.add(new Item(wanted.id(), unlinked(op, wanted.id())));
          if (op.resolve() != null || op.reject() != null) {
            updateOps.add(new Item(wanted.id(), JsonObject.builder().put("id", op.id())
                .put("resolve", op.resolve()).put("reject", op.reject()).build()));
          }
          continue;
        }
        if (FlowContent.operationColumns(op).equals(FlowContent.operationColumns(before))) {
          continue;
        }
        operationsChange = true;
        JsonObject.Builder clear = JsonObject.builder();
        if (before.resolve() != null && !Objects.equals(before.resolve(), op.resolve())) {
          clear.put("resolve", JsonValue.NULL);
        }
        if (before.reject() != null && !Objects.equals(before.reject(), op.reject())) {
          clear.put("reject", JsonValue.NULL);
        }
        JsonObject cleared = clear.build();
        if (cleared.size() > 0) {
          unlink.add(new Item(wanted.id(), JsonObject.builder().put("id", op.id()).putAll(cleared).build()));
        }
        updateOps.add(new Item(wanted.id(), columns(op).build()));
      }
      for (Operation op : removed) {
        if (op.resolve() != null || op.reject() != null) {
          unlink.add(new Item(wanted.id(), JsonObject.builder().put("id", op.id()).put("resolve", JsonValue.NULL)
              .put("reject", JsonValue.NULL).build()));
        }
        deleteOps.add(new Item(wanted.id(), JsonValue.of(op.id())));
      }
      if (current == null) {
        createFlows.add(new Item(wanted.id(), flowColumns(wanted).put("status", Flow.INACTIVE)
            .put("operation", JsonValue.NULL).build()));
        if (wanted.operation() != null || !Flow.INACTIVE.equals(wanted.status())) {
          finish.add(new Item(wanted.id(), JsonObject.builder().put("id", wanted.id())
              .put("operation", wanted.operation()).put("status", wanted.status()).build()));
        }
        continue;
      }
      boolean needed = false;
      if (operationsChange) {
        JsonObject.Builder off = JsonObject.builder().put("id", current.id());
        if (!Flow.INACTIVE.equals(current.status())) {
          off.put("status", Flow.INACTIVE);
          needed = true;
        }
        if (current.operation() != null && removed.stream().anyMatch(op -> op.id().equals(current.operation()))) {
          off.put("operation", JsonValue.NULL);
          needed = true;
        }
        if (needed) {
          deactivate.add(new Item(current.id(), off.build()));
        }
      }
      // a flow that was not switched off and whose own columns are equal needs no last PATCH
      if (needed || !FlowContent.flowColumns(wanted).equals(FlowContent.flowColumns(current))) {
        finish.add(new Item(wanted.id(), flowColumns(wanted).build()));
      }
    }
    List<PushStep> steps = new ArrayList<>();
    add(steps, "PATCH", "/flows", "deactivate %d flow(s) whose operations change", deactivate);
    add(steps, "POST", "/flows", "create %d flow(s), inactive", createFlows);
    add(steps, "POST", "/operations", "create %d operation(s), unlinked", createOps);
    add(steps, "PATCH", "/operations", "unlink %d operation(s) whose links change or that go", unlink);
    add(steps, "PATCH", "/operations", "update and link %d operation(s)", updateOps);
    add(steps, "DELETE", "/operations", "delete %d operation(s)", deleteOps);
    add(steps, "DELETE", "/flows", "delete %d flow(s)", deleteFlows);
    add(steps, "PATCH", "/flows", "set the columns, entry operation and status of %d flow(s)", finish);
    return steps;
  }

  private record Item(String flowId, JsonValue body) {}

  private static void add(List<PushStep> steps, String method, String path, String what, List<Item> items) {
    List<Item> chunk = new ArrayList<>();
    int chars = 0;
    for (Item item : items) {
      int size = JsonText.compact(item.body()).length() + 1;
      if (!chunk.isEmpty() && (chunk.size() >= MAX_ITEMS || chars + size > MAX_BODY_CHARS)) {
        steps.add(step(method, path, what, chunk));
        chunk = new ArrayList<>();
        chars = 0;
      }
      chunk.add(item);
      chars += size;
    }
    if (!chunk.isEmpty()) {
      steps.add(step(method, path, what, chunk));
    }
  }

  private static PushStep step(String method, String path, String what, List<Item> items) {
    Set<String> flows = new LinkedHashSet<>();
    items.forEach(item -> flows.add(item.flowId()));
    return new PushStep(String.format(java.util.Locale.ROOT, what, items.size()), method, path,
        new JsonArray(items.stream().map(Item::body).toList()), List.copyOf(flows));
  }

  private static JsonObject.Builder flowColumns(Flow flow) {
    return JsonObject.builder().put("id", flow.id()).put("name", flow.name()).put("icon", flow.icon())
        .put("color", flow.color()).put("description", flow.description()).put("status", flow.status())
        .put("trigger", flow.trigger()).put("accountability", flow.accountability()).put("options", flow.options())
        .put("operation", flow.operation());
  }

  private static JsonObject.Builder columns(Operation op) {
    return JsonObject.builder().put("id", op.id()).put("name", op.name()).put("key", op.key()).put("type", op.type())
        .put("position_x", JsonValue.of(op.position().x())).put("position_y", JsonValue.of(op.position().y()))
        .put("options", op.options()).put("resolve", op.resolve()).put("reject", op.reject());
  }

  private static JsonObject unlinked(Operation op, String flowId) {
    return columns(op).put("resolve", JsonValue.NULL).put("reject", JsonValue.NULL).put("flow", flowId).build();
  }
}
