package dev.flowsmith.app.edit;

import static dev.flowsmith.app.edit.EditFixtures.arrows;
import static dev.flowsmith.app.edit.EditFixtures.byKey;
import static dev.flowsmith.app.edit.EditFixtures.flow;
import static dev.flowsmith.app.edit.EditFixtures.op;
import static dev.flowsmith.app.edit.EditFixtures.overlaps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.AutoLayout;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

  @Test
  void placesChildrenOnTheStudioRhythm() {
    Flow messy = flow("a",
        op("a", "start", 300, 300).withResolve("a-ok").withReject("a-fail"),
        op("a", "ok", 5, 90).withResolve("a-ok2").withReject("a-okfail"),
        op("a", "ok2", 50, 50),
        op("a", "okfail", 70, 10),
        op("a", "fail", 19, 1)).withEntry("a-start");

    Flow tidy = AutoLayout.arrange(messy);

    assertThat(byKey(tidy, "start").position()).isEqualTo(new GridPosition(19, 1));
    assertThat(byKey(tidy, "ok").position()).isEqualTo(new GridPosition(37, 1));
    assertThat(byKey(tidy, "ok2").position()).isEqualTo(new GridPosition(55, 1));
    assertThat(byKey(tidy, "okfail").position()).isEqualTo(new GridPosition(55, 17));
    // the reject subtree goes below the whole resolve subtree, two tile rows here
    assertThat(byKey(tidy, "fail").position()).isEqualTo(new GridPosition(37, 33));
    assertThat(overlaps(tidy)).isEmpty();
  }

  @Test
  void stacksUnreachableTreesBelowInOrderOfTheirRows() {
    Flow flow = flow("b",
        op("b", "entry", 19, 1),
        op("b", "late", 19, 200).withResolve("b-child"),
        op("b", "child", 19, 300),
        op("b", "early", 400, 40)).withEntry("b-entry");

    Flow tidy = AutoLayout.arrange(flow);

    assertThat(byKey(tidy, "early").position()).isEqualTo(new GridPosition(19, 17));
    assertThat(byKey(tidy, "late").position()).isEqualTo(new GridPosition(19, 33));
    assertThat(byKey(tidy, "child").position()).isEqualTo(new GridPosition(37, 33));
  }

  @Test
  void withoutAnEntryTheFirstTreeStartsBelowTheTrigger() {
    Flow tidy = AutoLayout.arrange(flow("c", op("c", "solo", 1, 1)));
    assertThat(byKey(tidy, "solo").position()).isEqualTo(new GridPosition(19, 17));
  }

  @Test
  void survivesLoopsAndTwoArrowsIntoOneInput() {
    Flow broken = flow("d",
        op("d", "p", 1, 1).withResolve("d-q").withReject("d-shared"),
        op("d", "q", 1, 1).withResolve("d-shared"),
        op("d", "shared", 1, 1),
        op("d", "loop1", 1, 1).withResolve("d-loop2"),
        op("d", "loop2", 1, 1).withResolve("d-loop1")).withEntry("d-p");

    Flow tidy = AutoLayout.arrange(broken);

    assertThat(overlaps(tidy)).isEmpty();
    assertThat(arrows(tidy)).isEqualTo(arrows(broken));
    assertThat(AutoLayout.arrange(tidy)).isEqualTo(tidy);
  }

  @Test
  void everyExampleComesOutTidyWithItsArrowsAndIsStable() throws Exception {
    List<Path> files = Examples.flowFiles();
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      for (Flow flow : FlowReader.read(file).flows()) {
        Flow tidy = AutoLayout.arrange(flow);
        assertThat(overlaps(tidy)).as(file.toString()).isEmpty();
        assertThat(arrows(tidy)).as(file.toString()).isEqualTo(arrows(flow));
        assertThat(tidy.operations()).as("positions only")
            .usingRecursiveFieldByFieldElementComparatorIgnoringFields("position").isEqualTo(flow.operations());
        assertThat(AutoLayout.arrange(tidy)).as("idempotent").isEqualTo(tidy);
      }
    }
  }

  @Test
  void aLargeMessyFlowArrangesQuicklyWithoutOverlaps() {
    Flow messy = messyFlow(5_000, new Random(42));

    long start = System.nanoTime();
    Flow tidy = AutoLayout.arrange(messy);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(overlaps(tidy)).isEmpty();
    assertThat(arrows(tidy)).isEqualTo(arrows(messy));
    assertThat(millis).as("arrange time in ms").isLessThan(1_000);
    assertThat(AutoLayout.arrange(tidy)).isEqualTo(tidy);
  }

  /**
   * Random trees (each operation hangs from an earlier one's free handle or starts its own tree),
   * a long chain, and every tile piled into a small corner.
   */
  static Flow messyFlow(int size, Random random) {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ops.add(op("m", "op" + i, 1 + random.nextInt(40), 1 + random.nextInt(40)));
    }
    for (int i = 1; i < size; i++) {
      int parent = i < size / 2 ? i - 1 : random.nextInt(i);
      if (random.nextInt(10) == 0) {
        continue;
      }
      Operation p = ops.get(parent);
      String child = ops.get(i).id();
      if (p.resolve() == null) {
        ops.set(parent, p.withResolve(child));
      } else if (p.reject() == null) {
        ops.set(parent, p.withReject(child));
      }
    }
    return flow("m", ops.toArray(Operation[]::new)).withEntry(ops.get(0).id());
  }
}
