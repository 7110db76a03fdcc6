package dev.flowsmith.app.panel.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.panel.filter.FilterModel.Group;
import dev.flowsmith.app.panel.filter.FilterModel.Logic;
import dev.flowsmith.app.panel.filter.FilterModel.Parsed;
import dev.flowsmith.app.panel.filter.FilterModel.Rule;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterModelTest {

  private static JsonValue json(String text) {
    try {
      return JsonText.parseValue(text.replace('\'', '"'));
    } catch (FlowFormatException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static Group root(String filter) {
    Parsed parsed = FilterModel.parse(json(filter));
    assertThat(parsed.problem()).isNull();
    return parsed.root();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "{'_and': []}",
      "{'status': {'_eq': 'active'}}",
      "{'$trigger': {'payload': {'status': {'_eq': 'active'}, 'n': {'_gt': 5}}}}",
      "{'n': {'_gt': 1, '_lt': 10}}",
      "{'_and': [{'a': {'_eq': 1}}, {'_or': [{'b': {'_null': true}}, {'c': {'_in': [1, 2]}}]}]}",
      "{'_or': [{'a': {'_eq': 1}, 'b': {'_eq': 2}}, {}]}",
      "{'_and': [{'x': {'_eq': 1}}], 'y': {'_neq': 'z'}}",
      "{'read': {'items': {'_contains': 'pen'}}, '$last': {'ok': {'_eq': true}}}"})
  void everyShowableFilterIsWrittenBackExactly(String filter) {
    JsonValue original = json(filter);

    JsonValue written = FilterModel.write(root(filter));

    assertThat(written).isEqualTo(original);
    // member order too: compact JSON text keeps it
    assertThat(JsonText.compact(written)).isEqualTo(JsonText.compact(original));
  }

  @Test
  void nestedObjectsAreOneRuleWithADottedPath() {
    Group root = root("{'$trigger': {'payload': {'status': {'_eq': 'active'}}}}");

    assertThat(root.children()).containsExactly(new Rule("$trigger.payload.status", "_eq", json("'active'")));
  }

  @Test
  void andAndOrBecomeNestedGroups() {
    Group root = root("{'_and': [{'a': {'_eq': 1}}, {'_or': [{'b': {'_null': true}}, {'c': {'_gt': 2}}]}]}");

    assertThat(root.logic()).isEqualTo(Logic.AND);
    assertThat(root.implicit()).isFalse();
    Group or = (Group) root.children().get(1);
    assertThat(or.logic()).isEqualTo(Logic.OR);
    assertThat(or.children()).extracting(node -> ((Rule) node).path()).containsExactly("b", "c");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "'text'", "[1]", "{'status': 'x'}", "{'$trigger.payload.status': {'_eq': 1}}", "{'a': {}}",
      "{'a': {'_some': {'b': {'_eq': 1}}}}", "{'a': {'_xyz': 1}}", "{'_eq': 1}", "{'a': {'_and': []}}",
      "{'_and': {'a': {'_eq': 1}}}", "{'_or': [1]}"})
  void whatTheBuilderCannotShowIsRefusedWithAReason(String filter) {
    Parsed parsed = FilterModel.parse(json(filter));

    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.problem()).isNotBlank();
  }

  @Test
  void noFilterIsAnEmptyAndGroup() {
    assertThat(FilterModel.parse(null).root()).isEqualTo(FilterModel.empty());
    assertThat(FilterModel.write(FilterModel.empty())).isEqualTo(json("{'_and': []}"));
  }

  @Test
  void addingRulesAndAGroupWritesTheStudiosShape() {
    Group root = FilterModel.add(FilterModel.empty(), List.of(), new Rule("$trigger.payload.status", "_eq",
        json("'paid'")));
    root = FilterModel.add(root, List.of(), new Group(Logic.OR, false, List.of()));
    root = FilterModel.add(root, List.of(1), new Rule("read.total", "_gte", json("100")));

    assertThat(FilterModel.write(root)).isEqualTo(json("{'_and': [{'$trigger': {'payload': {'status': "
        + "{'_eq': 'paid'}}}}, {'_or': [{'read': {'total': {'_gte': 100}}}]}]}"));
  }

  @Test
  void editingAndRemovingARule() {
    Group root = root("{'_and': [{'a': {'_eq': 1}}, {'b': {'_eq': 2}}]}");

    root = FilterModel.update(root, List.of(1), node -> ((Rule) node).withOperator("_neq").withValue(json("3")));
    assertThat(FilterModel.write(root)).isEqualTo(json("{'_and': [{'a': {'_eq': 1}}, {'b': {'_neq': 3}}]}"));

    root = FilterModel.remove(root, List.of(0));
    assertThat(FilterModel.write(root)).isEqualTo(json("{'_and': [{'b': {'_neq': 3}}]}"));
  }

  @Test
  void twoRulesThatCannotShareAnObjectAreWrittenAsAnExplicitAnd() {
    Group root = root("{'a': {'_eq': 1}}");

    root = FilterModel.add(root, List.of(), new Rule("a", "_eq", json("2")));

    assertThat(FilterModel.write(root)).isEqualTo(json("{'_and': [{'a': {'_eq': 1}}, {'a': {'_eq': 2}}]}"));
  }

  @Test
  void anOrGroupIsNeverImplicit() {
    Group root = root("{'a': {'_eq': 1}, 'b': {'_eq': 2}}").withLogic(Logic.OR);

    assertThat(FilterModel.write(root)).isEqualTo(json("{'_or': [{'a': {'_eq': 1}}, {'b': {'_eq': 2}}]}"));
  }

  @Test
  void theOperatorsCarryTheStudiosLabels() {
    assertThat(FilterModel.OPERATORS).containsEntry("_eq", "Equals").containsEntry("_neq", "Doesn't equal")
        .containsEntry("_contains", "Contains").containsEntry("_nnull", "Isn't null");
    assertThat(FilterModel.OPERATORS.keySet()).startsWith("_eq", "_neq");
  }
}
