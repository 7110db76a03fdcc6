package dev.flowsmith.format.lint;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.FlowGraph;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What every check sees: the flow, its graph, the workspace's flow ids, and where to report. */
final class LintContext {

  private static final String OPERATIONS = JsonPath.member(JsonPath.ROOT, "operations");

  private final Flow flow;
  private final FlowGraph graph;
  private final @Nullable Set<String> knownFlowIds;
  private final OperationTypes types;
  private final Map<String, Integer> firstIndexById = new HashMap<>();
  private final Map<Operation, Integer> indexByOperation = new IdentityHashMap<>();
  private final List<LintProblem> problems = new ArrayList<>();
  private @Nullable ChainReferences chainReferences;

  LintContext(Flow flow, @Nullable Set<String> knownFlowIds, OperationTypes types) {
    this.types = types;
    this.flow = flow;
    this.graph = flow.graph();
    this.knownFlowIds = knownFlowIds;
    for (int i = 0; i < flow.operations().size(); i++) {
      firstIndexById.putIfAbsent(flow.operations().get(i).id(), i);
      indexByOperation.put(flow.operations().get(i), i);
    }
  }

  Flow flow() {
    return flow;
  }

  FlowGraph graph() {
    return graph;
  }

  List<Operation> operations() {
    return flow.operations();
  }

  /** The flows of the workspace, or null when linting one flow on its own (no cross-flow checks). */
  @Nullable Set<String> knownFlowIds() {
    return knownFlowIds;
  }

  /** The operation types the flow's operations are checked against. */
  OperationTypes types() {
    return types;
  }

  /** Built on first use and shared: templates and condition filters both reference the chain. */
  ChainReferences chainReferences() {
    if (chainReferences == null) {
      chainReferences = new ChainReferences(this);
    }
    return chainReferences;
  }

  /** The index of the first operation with this id, or -1 when the flow has none. */
  int indexOf(String operationId) {
    return firstIndexById.getOrDefault(operationId, -1);
  }

  /** The index of this very operation object in file order (operations may share an id). */
  int indexOf(Operation operation) {
    return indexByOperation.getOrDefault(operation, indexOf(operation.id()));
  }

  static String flowField(String field) {
    return JsonPath.member(JsonPath.ROOT, field);
  }

  static String operationPath(int index) {
    return JsonPath.index(OPERATIONS, index);
  }

  static String operationField(int index, String field) {
    return JsonPath.member(operationPath(index), field);
  }

  static String optionPath(int index, String option) {
    return JsonPath.member(operationField(index, "options"), option);
  }

  /** How messages name an operation: by its key, which is what users see on the data chain. */
  static String name(Operation operation) {
    return "operation \"" + operation.key() + "\"";
  }

  /** {@link #name} at the start of a sentence. */
  static String subject(Operation operation) {
    return "Operation \"" + operation.key() + "\"";
  }

  void error(String code, String path, String message) {
    report(Severity.ERROR, code, path, message);
  }

  void warning(String code, String path, String message) {
    report(Severity.WARNING, code, path, message);
  }

  void info(String code, String path, String message) {
    report(Severity.INFO, code, path, message);
  }

  void report(Severity severity, String code, String path, String message) {
    problems.add(new LintProblem(severity, code, path, message));
  }

  List<LintProblem> problems() {
    return problems;
  }
}
