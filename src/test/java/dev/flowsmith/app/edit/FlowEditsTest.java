package dev.flowsmith.app.edit;

import static dev.flowsmith.app.edit.EditFixtures.arrows;
import static dev.flowsmith.app.edit.EditFixtures.byKey;
import static dev.flowsmith.app.edit.EditFixtures.flow;
import static dev.flowsmith.app.edit.EditFixtures.json;
import static dev.flowsmith.app.edit.EditFixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowEditsTest {

  /** trigger → one → two; three stands alone. */
  private static Flow flow3() {
    return flow("a", op("a", "one", 19, 1).withResolve("a-two"), op("a", "two", 37, 1),
        op("a", "three", 19, 40)).withEntry("a-one");
  }

  @Test
  void connectLinksAHandle() throws Exception {
    Flow linked = FlowEdits.connect(flow3(), "a-two", Link.Kind.REJECT, "a-three");
    assertThat(arrows(linked)).contains("two -reject-> three");
    assertThat(FlowEdits.connect(linked, "a-two", Link.Kind.REJECT, "a-three")).isSameAs(linked);
  }

  @Test
  void connectRefusesASecondIncomingArrowWithAReason() {
    assertThatThrownBy(() -> FlowEdits.connect(flow3(), "a-three", Link.Kind.RESOLVE, "a-two"))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("\"two\" already has an arrow coming in from \"one\". An operation takes one incoming arrow;"
            + " detach that one first.");
    assertThatThrownBy(() -> FlowEdits.connect(flow3(), null, Link.Kind.ENTRY, "a-two"))
        .hasMessageContaining("coming in from \"one\"");
    assertThatThrownBy(() -> FlowEdits.connect(flow3(), "a-three", Link.Kind.RESOLVE, "a-one"))
        .hasMessageContaining("coming in from the trigger");
  }

  @Test
  void connectRefusesSelfLinksAndLoops() {
    assertThatThrownBy(() -> FlowEdits.connect(flow3(), "a-three", Link.Kind.RESOLVE, "a-three"))
        .isInstanceOf(EditRefusedException.class).hasMessage("An operation cannot lead to itself.");
    Flow detached = FlowEdits.detachIncoming(flow3(), "a-one");
    assertThatThrownBy(() -> FlowEdits.connect(detached, "a-two", Link.Kind.REJECT, "a-one"))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("Connecting \"two\" to \"one\" would make a loop: \"one\" already leads back to it.");
  }

  @Test
  void disconnectAndDetach() {
    assertThat(arrows(FlowEdits.disconnect(flow3(), "a-one", Link.Kind.RESOLVE))).containsExactly(
        "trigger -operation-> one");
    assertThat(FlowEdits.disconnect(flow3(), null, Link.Kind.ENTRY).operation()).isNull();
    assertThat(arrows(FlowEdits.detachIncoming(flow3(), "a-two"))).containsExactly("trigger -operation-> one");
  }

  @Test
  void deleteRemovesTheOperationsTheirArrowsAndTheEntry() {
    Flow deleted = FlowEdits.delete(flow3(), Set.of("a-one"));
    assertThat(deleted.operations()).extracting(Operation::key).containsExactly("two", "three");
    assertThat(deleted.operation()).isNull();
    assertThat(arrows(deleted)).isEmpty();

    Flow middle = FlowEdits.delete(flow3(), Set.of("a-two"));
    assertThat(byKey(middle, "one").resolve()).isNull();
    assertThat(middle.operation()).isEqualTo("a-one");
  }

  @Test
  void moveClampsAtCellOneAndRefusesOverlaps() throws Exception {
    Flow moved = FlowEdits.move(flow3(), Set.of("a-three"), -50, -20);
    assertThat(byKey(moved, "three").position()).isEqualTo(new GridPosition(1, 20));

    Flow group = FlowEdits.move(flow3(), Set.of("a-one", "a-two"), 0, 5);
    assertThat(byKey(group, "one").position()).isEqualTo(new GridPosition(19, 6));
    assertThat(byKey(group, "two").position()).isEqualTo(new GridPosition(37, 6));

    assertThatThrownBy(() -> FlowEdits.move(flow3(), Set.of("a-three"), 5, -30))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("\"one\"");
    assertThatThrownBy(() -> FlowEdits.move(flow3(), Set.of("a-three"), -18, -39))
        .isInstanceOf(EditRefusedException.class).hasMessage("A tile cannot sit on the trigger.");
  }

  @Test
  void createPlacesAtTheFreeSpotWithDefaultsAndLinks() throws Exception {
    FlowEdits.Created created = FlowEdits.create(flow3(), "log", new GridPosition(37, 5), true, "a-two",
        Link.Kind.RESOLVE);

    Operation op = created.flow().operationById(created.operationId()).orElseThrow();
    assertThat(op.position()).as("below two, which covers rows 1-14").isEqualTo(new GridPosition(37, 15));
    assertThat(op.key()).matches("log_[a-z]{5}");
    assertThat(op.options()).isEqualTo(FlowEdits.defaultOptions("log"));
    assertThat(byKey(created.flow(), "two").resolve()).isEqualTo(created.operationId());

    FlowEdits.Created loner = FlowEdits.create(flow3(), "unknown-type", new GridPosition(1, 1), false, null,
        Link.Kind.ENTRY);
    assertThat(loner.flow().operationById(loner.operationId()).orElseThrow().position())
        .isEqualTo(new GridPosition(1, 15));
    assertThat(loner.flow().operation()).isEqualTo("a-one");
  }

  @Test
  void childPositionFollowsTheStudio() {
    Flow flow = flow("b", op("b", "p", 19, 1));
    assertThat(FlowEdits.childPosition(flow, "b-p", Link.Kind.RESOLVE)).isEqualTo(new GridPosition(37, 1));
    assertThat(FlowEdits.childPosition(flow, "b-p", Link.Kind.REJECT)).isEqualTo(new GridPosition(37, 17));
    assertThat(FlowEdits.childPosition(flow("c"), null, Link.Kind.ENTRY)).isEqualTo(new GridPosition(19, 1));
    assertThat(FlowEdits.childPosition(flow, null, Link.Kind.ENTRY)).as("taken: moves down")
        .isEqualTo(new GridPosition(19, 15));
  }

  @Test
  void rekeyUpdatesReferencesButNotLongerKeysThatStartTheSame() throws Exception {
    Flow flow = flow("d", op("d", "fetch", 19, 1),
        op("d", "use", 37, 1).withOptions(json("{\"a\": \"{{ fetch.body.id }}\", \"b\": [\"{{fetch}}\","
            + " \"{{ fetchless }}\", \"{{ fetch[0] }}\", \"fetch\"]}")));

    Flow renamed = FlowEdits.rekey(flow, "d-fetch", "load", true);

    assertThat(byKey(renamed, "load").id()).isEqualTo("d-fetch");
    assertThat(byKey(renamed, "use").options()).isEqualTo(json("{\"a\": \"{{ load.body.id }}\", \"b\":"
        + " [\"{{load}}\", \"{{ fetchless }}\", \"{{ load[0] }}\", \"fetch\"]}"));
    assertThat(byKey(FlowEdits.rekey(flow, "d-fetch", "load", false), "use").options())
        .isEqualTo(byKey(flow, "use").options());
    assertThatThrownBy(() -> FlowEdits.rekey(flow, "d-fetch", "use", true))
        .isInstanceOf(EditRefusedException.class).hasMessageContaining("already has the key \"use\"");
  }
}
