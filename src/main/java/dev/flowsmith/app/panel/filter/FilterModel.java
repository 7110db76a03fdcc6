package dev.flowsmith.app.panel.filter;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A condition's Directus filter as the tree a filter builder shows: groups (AND/OR) of rules
 * (field path, operator, value). Parsing and writing back are exact: {@code write(parse(f))}
 * equals {@code f}, member order included, for every filter the builder can show.
 *
 * <p>Nested field objects become a dotted path ({@code {$trigger: {payload: {status: {_eq: 1}}}}}
 * is the rule {@code $trigger.payload.status Equals 1}), and an object with several members is an
 * implicit AND (engine.md §7.1) kept implicit, so it is written back as one object again. What
 * the builder cannot show is refused with the reason, and the caller keeps the raw editor: a
 * non-object filter, an operator Directus's Studio does not offer here ({@code _some}, a made-up
 * {@code _xyz}), the {@code _eq} shorthand {@code {status: "x"}}, a dotted key (a literal key,
 * engine.md §7.2), a field without an operator, {@code _and}/{@code _or} under a field.
 */
public final class FilterModel {

  private FilterModel() {}

  public enum Logic {
    AND("_and"),
    OR("_or");

    private final String key;

    Logic(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** A rule or a group. */
  public sealed interface Node permits Group, Rule {}

  /**
   * @param implicit written as one object with a member per child (no {@code _and} key); only
   *     AND groups are implicit
   */
  public record Group(Logic logic, boolean implicit, List<Node> children) implements Node {
    public Group {
      children = List.copyOf(children);
    }

    public static Group and(List<Node> children) {
      return new Group(Logic.AND, false, children);
    }

    public Group withChildren(List<Node> newChildren) {
      return new Group(logic, implicit, newChildren);
    }

    /** Switching to OR makes the group explicit: an implicit group is always AND. */
    public Group withLogic(Logic newLogic) {
      return new Group(newLogic, implicit && newLogic == Logic.AND, children);
    }
  }

  /** @param path dotted chain path, e.g. {@code $trigger.payload.status} */
  public record Rule(String path, String operator, JsonValue value) implements Node {
    public Rule withPath(String newPath) {
      return new Rule(newPath, operator, value);
    }

    public Rule withOperator(String newOperator) {
      return new Rule(path, newOperator, value);
    }

    public Rule withValue(JsonValue newValue) {
      return new Rule(path, operator, newValue);
    }
  }

  /** Either the tree or why the builder cannot show the filter. */
  public record Parsed(@Nullable Group root, @Nullable String problem) {
    public boolean ok() {
      return root != null;
    }
  }

  /**
   * The operators the Studio's filter builder offers, with its labels, in its order. The geometry
   * operators are left out: they have no meaning on a data chain (engine.md §7.3).
   */
  public static final Map<String, String> OPERATORS = operators();

  private static Map<String, String> operators() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("_eq", "Equals");
    labels.put("_neq", "Doesn't equal");
    labels.put("_lt", "Less than");
    labels.put("_lte", "Less than or equal to");
    labels.put("_gt", "Greater than");
    labels.put("_gte", "Greater than or equal to");
    labels.put("_in", "Is one of");
    labels.put("_nin", "Is not one of");
    labels.put("_null", "Is null");
    labels.put("_nnull", "Isn't null");
    labels.put("_contains", "Contains");
    labels.put("_ncontains", "Doesn't contain");
    labels.put("_icontains", "Contains (case-insensitive)");
    labels.put("_starts_with", "Starts with");
    labels.put("_nstarts_with", "Doesn't start with");
    labels.put("_istarts_with", "Starts with (case-insensitive)");
    labels.put("_nistarts_with", "Doesn't start with (case-insensitive)");
    labels.put("_ends_with", "Ends with");
    labels.put("_nends_with", "Doesn't end with");
    labels.put("_iends_with", "Ends with (case-insensitive)");
    labels.put("_niends_with", "Doesn't end with (case-insensitive)");
    labels.put("_between", "Is between");
    labels.put("_nbetween", "Isn't between");
    labels.put("_empty", "Is empty");
    labels.put("_nempty", "Isn't empty");
    labels.put("_regex", "Matches regex");
    labels.put("_submitted", "Submitted");
    return java.util.Collections.unmodifiableMap(labels);
  }

  /** Operators whose operand is ignored (engine.md §7.3): the builder writes {@code true}. */
  public static boolean takesNoValue(String operator) {
    return List.of("_null", "_nnull", "_empty", "_nempty", "_submitted").contains(operator);
  }

  /** Operators whose operand is a list: the builder reads and writes a JSON array. */
  public static boolean takesList(String operator) {
    return List.of("_in", "_nin", "_between", "_nbetween").contains(operator);
  }

  /** A new, empty filter: an explicit AND, as the Studio starts one. */
  public static Group empty() {
    return Group.and(List.of());
  }

  /** The tree of {@code filter}; {@code null} (no filter yet) is an empty group. */
  public static Parsed parse(@Nullable JsonValue filter) {
    if (filter == null || filter instanceof JsonValue.JsonNull) {
      return new Parsed(empty(), null);
    }
    if (!(filter instanceof JsonObject object)) {
      return refused("the filter is " + filter.typeName() + ", not an object");
    }
    try {
      return new Parsed(filterObject(object), null);
    } catch (Unshowable e) {
      return refused(e.getMessage());
    }
  }

  private static Parsed refused(String why) {
    return new Parsed(null, why);
  }

  /** An object in filter position: an explicit group when it is only {@code _and}/{@code _or}. */
  private static Group filterObject(JsonObject object) {
    if (object.size() == 1) {
      Map.Entry<String, JsonValue> only = object.members().entrySet().iterator().next();
      Logic logic = logicOf(only.getKey());
      if (logic != null) {
        return new Group(logic, false, elements(only.getKey(), only.getValue()));
      }
    }
    List<Node> children = new ArrayList<>();
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      Logic logic = logicOf(member.getKey());
      if (logic != null) {
        children.add(new Group(logic, false, elements(member.getKey(), member.getValue())));
      } else {
        field(List.of(), member.getKey(), member.getValue(), children);
      }
    }
    return new Group(Logic.AND, true, children);
  }

  private static List<Node> elements(String key, JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw new Unshowable(key + " holds " + value.typeName() + ", not a list of filters");
    }
    List<Node> nodes = new ArrayList<>();
    for (JsonValue element : array.elements()) {
      if (!(element instanceof JsonObject object)) {
        throw new Unshowable(key + " holds " + element.typeName() + ", not a filter object");
      }
      Group group = filterObject(object);
      // an element that is one rule or one explicit group is that node; several members stay a group
      nodes.add(group.implicit() && group.children().size() == 1 ? group.children().get(0) : group);
    }
    return nodes;
  }

  private static void field(List<String> prefix, String key, JsonValue value, List<Node> out) {
    if (key.startsWith("_")) {
      if (prefix.isEmpty()) {
        throw new Unshowable("the operator " + key + " has no field");
      }
      if (logicOf(key) != null) {
        throw new Unshowable(key + " under the field " + String.join(".", prefix));
      }
      if (!OPERATORS.containsKey(key)) {
        throw new Unshowable("the builder has no operator " + key);
      }
      out.add(new Rule(String.join(".", prefix), key, value));
      return;
    }
    if (key.isEmpty() || key.contains(".")) {
      throw new Unshowable("the key \"" + key + "\" is not a single path segment");
    }
    List<String> path = new ArrayList<>(prefix);
    path.add(key);
    if (!(value instanceof JsonObject object)) {
      throw new Unshowable("the field " + String.join(".", path) + " has a bare value (shorthand for Equals)");
    }
    if (object.size() == 0) {
      throw new Unshowable("the field " + String.join(".", path) + " has no operator");
    }
    object.members().forEach((name, member) -> field(path, name, member, out));
  }

  private static @Nullable Logic logicOf(String key) {
    return key.equals("_and") ? Logic.AND : key.equals("_or") ? Logic.OR : null;
  }

  /** The Directus filter JSON of a tree. */
  public static JsonObject write(Group root) {
    return (JsonObject) writeNode(root);
  }

  private static JsonValue writeNode(Node node) {
    if (node instanceof Rule rule) {
      JsonValue nested = new JsonObject(Map.of(rule.operator(), rule.value()));
      List<String> segments = Arrays.asList(rule.path().split("\\.", -1));
      for (int i = segments.size() - 1; i >= 0; i--) {
        nested = new JsonObject(Map.of(segments.get(i), nested));
      }
      return nested;
    }
    Group group = (Group) node;
    List<JsonValue> written = group.children().stream().map(FilterModel::writeNode).toList();
    if (group.implicit()) {
      Map<String, JsonValue> merged = new LinkedHashMap<>();
      boolean clash = false;
      for (JsonValue child : written) {
        clash |= !merge(merged, (JsonObject) child);
      }
      if (!clash) {
        return new JsonObject(merged);
      }
      // two rules on one path and operator cannot share an object: write the AND out
    }
    return new JsonObject(Map.of(group.logic().key(), new JsonArray(written)));
  }

  /** Merges {@code source} into {@code target}; false when a key would be overwritten. */
  private static boolean merge(Map<String, JsonValue> target, JsonObject source) {
    for (Map.Entry<String, JsonValue> member : source.members().entrySet()) {
      JsonValue existing = target.get(member.getKey());
      if (existing == null) {
        target.put(member.getKey(), member.getValue());
      } else if (existing instanceof JsonObject left && member.getValue() instanceof JsonObject right) {
        Map<String, JsonValue> inner = new LinkedHashMap<>(left.members());
        if (!merge(inner, right)) {
          return false;
        }
        target.put(member.getKey(), new JsonObject(inner));
      } else {
        return false;
      }
    }
    return true;
  }

  /** The node at {@code at} (child indexes from the root); the root for an empty list. */
  public static Node get(Group root, List<Integer> at) {
    Node node = root;
    for (int index : at) {
      node = ((Group) node).children().get(index);
    }
    return node;
  }

  /** The tree with the node at {@code at} replaced by {@code change} applied to it. */
  public static Group update(Group root, List<Integer> at, UnaryOperator<Node> change) {
    return (Group) update(root, at, 0, change);
  }

  private static Node update(Node node, List<Integer> at, int depth, UnaryOperator<Node> change) {
    if (depth == at.size()) {
      return change.apply(node);
    }
    Group group = (Group) node;
    List<Node> children = new ArrayList<>(group.children());
    int index = at.get(depth);
    children.set(index, update(children.get(index), at, depth + 1, change));
    return group.withChildren(children);
  }

  /** The tree with {@code child} added at the end of the group at {@code at}. */
  public static Group add(Group root, List<Integer> at, Node child) {
    return update(root, at, node -> {
      Group group = (Group) node;
      List<Node> children = new ArrayList<>(group.children());
      children.add(child);
      return group.withChildren(children);
    });
  }

  /** The tree without the node at {@code at} (not the root). */
  public static Group remove(Group root, List<Integer> at) {
    List<Integer> parent = at.subList(0, at.size() - 1);
    int index = at.get(at.size() - 1);
    return update(root, parent, node -> {
      Group group = (Group) node;
      List<Node> children = new ArrayList<>(group.children());
      children.remove(index);
      return group.withChildren(children);
    });
  }

  private static final class Unshowable extends RuntimeException {
    Unshowable(String message) {
      super(message, null, false, false);
    }
  }
}
