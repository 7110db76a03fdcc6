package dev.flowsmith.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tidy layout on the Studio's own rhythm (editor.md §3, §15 "tidy layout"): the trigger at
 * (1, 1), its entry at column 19, every resolve child 18 cells right on its parent's row, every
 * reject child 18 right and below the resolve subtree (at least 16 rows down). Each subtree owns
 * a band of rows, 16 per leaf, so bands never share a row and no two tiles overlap.
 *
 * <p>Trees that the trigger does not reach are stacked below in the order of their roots' current
 * position (row, column, key), which the layout itself preserves — so arranging twice changes
 * nothing. Imported files may break the tree shape (two arrows into one input, loops): the first
 * parent to reach an operation keeps it and loops are cut where they close. Linear in the number
 * of operations apart from one sort.
 *
 * <p>It lives in the model (it is a pure function of a flow) so the editor's Tidy Layout and the
 * MCP server's {@code layout} tool are the same code.
 */
public final class AutoLayout {

  /** Rows per tile row: a 14-row tile and the Studio's 2-row gap (reject children go +16). */
  public static final int ROW = 16;
  /** Columns from a parent to its children: a 14-column tile and the Studio's 4-column gap. */
  public static final int CHILD_DX = 18;
  /** Column of the trigger's children and of every stacked root. */
  static final int ROOT_X = GridPosition.TRIGGER.x() + CHILD_DX;

  private static final int NONE = -1;

  private final List<Operation> ops;
  private final int[] resolveChild;
  private final int[] rejectChild;
  private final boolean[] claimed;
  private final int[] height;
  private final int[] x;
  private final int[] y;

  private AutoLayout(Flow flow) {
    ops = flow.operations();
    int n = ops.size();
    resolveChild = new int[n];
    rejectChild = new int[n];
    claimed = new boolean[n];
    height = new int[n];
    x = new int[n];
    y = new int[n];
    Arrays.fill(resolveChild, NONE);
    Arrays.fill(rejectChild, NONE);
  }

  /** The flow with every operation moved to its tidy position; nothing but positions changes. */
  public static Flow arrange(Flow flow) {
    return new AutoLayout(flow).run(flow);
  }

  private Flow run(Flow flow) {
    int n = ops.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(ops.get(i).id(), i);
    }
    boolean[] hasParent = new boolean[n];
    for (Operation op : ops) {
      markParent(index, op.resolve(), hasParent);
      markParent(index, op.reject(), hasParent);
    }
    // the trigger's own band: its tile is 14 rows, so the first stacked band starts 16 rows down
    int nextY = GridPosition.TRIGGER.y();
    int entry = flow.operation() == null ? NONE : index.getOrDefault(flow.operation(), NONE);
    if (entry != NONE) {
      nextY += layOut(entry, nextY, index);
    } else {
      nextY += ROW;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ops.get(i).position().y())
        .thenComparingInt(i -> ops.get(i).position().x())
        .thenComparing(i -> ops.get(i).key())
        .thenComparing(i -> ops.get(i).id()));
    // roots first; what is still unclaimed afterwards sits on a loop with no way in
    for (boolean rootsOnly : new boolean[] {true, false}) {
      for (int i : order) {
        if (!claimed[i] && (!rootsOnly || !hasParent[i])) {
          nextY += layOut(i, nextY, index);
        }
      }
    }
    List<Operation> placed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      placed.add(ops.get(i).withPosition(new GridPosition(x[i], y[i])));
    }
    return flow.withOperations(placed);
  }

  private static void markParent(Map<String, Integer> index, @Nullable String child, boolean[] hasParent) {
    if (child != null && index.containsKey(child)) {
      hasParent[index.get(child)] = true;
    }
  }

  /** Lays out the tree of {@code root} with the root at (ROOT_X, top); returns its band height. */
  private int layOut(int root, int top, Map<String, Integer> index) {
    List<Integer> preorder = claimTree(root, index);
    // children come after their parent in pre-order, so walking it backwards sizes them first
    for (int j = preorder.size() - 1; j >= 0; j--) {
      int i = preorder.get(j);
      int resolveBand = resolveChild[i] == NONE ? 0 : height[resolveChild[i]];
      int rejectBand = rejectChild[i] == NONE ? 0 : height[rejectChild[i]];
      height[i] = Math.max(ROW, resolveBand) + rejectBand;
    }
    x[root] = ROOT_X;
    y[root] = top;
    for (int i : preorder) {
      if (resolveChild[i] != NONE) {
        x[resolveChild[i]] = x[i] + CHILD_DX;
        y[resolveChild[i]] = y[i];
      }
      if (rejectChild[i] != NONE) {
        int resolveBand = resolveChild[i] == NONE ? 0 : height[resolveChild[i]];
        x[rejectChild[i]] = x[i] + CHILD_DX;
        y[rejectChild[i]] = y[i] + Math.max(ROW, resolveBand);
      }
    }
    return height[root];
  }

  /** Claims every unclaimed operation reachable from {@code root}; iterative, so long chains cannot overflow. */
  private List<Integer> claimTree(int root, Map<String, Integer> index) {
    List<Integer> preorder = new ArrayList<>();
    Deque<Integer> stack = new ArrayDeque<>();
    claimed[root] = true;
    stack.push(root);
    while (!stack.isEmpty()) {
      int i = stack.pop();
      preorder.add(i);
      Operation op = ops.get(i);
      resolveChild[i] = claim(index, op.resolve());
      rejectChild[i] = claim(index, op.reject());
      // pushed last, popped first: the resolve subtree is walked before the reject one
      if (rejectChild[i] != NONE) {
        stack.push(rejectChild[i]);
      }
      if (resolveChild[i] != NONE) {
        stack.push(resolveChild[i]);
      }
    }
    return preorder;
  }

  private int claim(Map<String, Integer> index, @Nullable String childId) {
    if (childId == null) {
      return NONE;
    }
    Integer child = index.get(childId);
    if (child == null || claimed[child]) {
      return NONE;
    }
    claimed[child] = true;
    return child;
  }
}
