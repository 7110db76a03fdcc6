package dev.flowsmith.format.lint;

import dev.flowsmith.model.Operation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Operation ids and keys. Keys name results on the data chain (format.md §6), so besides being
 * unique (format.md §13.4) they must be reachable from a {@code {{ }}} path. Decision on the
 * character set, from what actually breaks:
 * <ul>
 *   <li>ERROR: empty, or starting with {@code $} (the chain's own entries; format.md §13.4);
 *   <li>WARNING: {@code . [ ] { } ' " `} or white space — template paths split on dots and
 *       brackets and end at {@code }} or white space (engine.md §5.2–5.3), and condition filters
 *       read nested keys (engine.md §7.2), so nothing can reference the result;
 *   <li>INFO: anything else outside a–z 0–9 {@code _ -} (upper case, accents, {@code :}) works,
 *       but differs from the lower-case slugs the Studio writes; Directus enforces only uniqueness.
 * </ul>
 */
final class KeyChecks implements LintCheck {

  static final Set<String> RESERVED = Set.of("$trigger", "$last", "$accountability", "$env", "$all");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9_-]+");
  private static final Pattern PATH_BREAKING = Pattern.compile("[.\\[\\]{}'\"`\\s]");
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public void check(LintContext context) {
    if (!UUID.matcher(context.flow().id()).matches()) {
      context.info("id-not-uuid", LintContext.flowField("id"), "The flow id \"" + context.flow().id()
          + "\" is not a UUID; a Directus database on PostgreSQL refuses it");
    }
    Map<String, Operation> byId = new HashMap<>();
    Map<String, Operation> byKey = new HashMap<>();
    for (int i = 0; i < context.operations().size(); i++) {
      Operation op = context.operations().get(i);
      checkId(context, i, op, byId.putIfAbsent(op.id(), op));
      Operation sameKey = byKey.putIfAbsent(op.key(), op);
      if (sameKey != null) {
        context.error("duplicate-key", LintContext.operationField(i, "key"), LintContext.subject(op) + " (id "
            + op.id() + ") has the same key as the operation with id " + sameKey.id() + "; the later result"
            + " overwrites the earlier on the data chain, and the Studio requires unique keys in a flow");
      }
      checkKeyText(context, i, op);
    }
  }

  private static void checkId(LintContext context, int index, Operation op, @Nullable Operation earlier) {
    String path = LintContext.operationField(index, "id");
    if (earlier != null) {
      context.error("duplicate-operation-id", path, LintContext.subject(op) + " has the id " + op.id()
          + ", which " + LintContext.name(earlier) + " already uses; ids are primary keys");
    } else if (!UUID.matcher(op.id()).matches()) {
      context.info("id-not-uuid", path, LintContext.subject(op) + " has the id \"" + op.id()
          + "\", which is not a UUID; a Directus database on PostgreSQL refuses it");
    }
  }

  private static void checkKeyText(LintContext context, int index, Operation op) {
    String key = op.key();
    String path = LintContext.operationField(index, "key");
    if (key.isBlank()) {
      context.error("invalid-key", path, "An operation of type " + op.type() + " (id " + op.id()
          + ") has an empty key; its result cannot be referenced and the Studio requires a key");
    } else if (RESERVED.contains(key)) {
      context.error("reserved-key", path, LintContext.subject(op) + " uses a reserved name; its result would "
          + "overwrite the data chain's own " + key + " entry");
    } else if (key.startsWith("$")) {
      context.error("invalid-key", path, LintContext.subject(op) + " starts with $, which is reserved for the"
          + " data chain's own entries ($trigger, $last, $accountability, $env)");
    } else if (PATH_BREAKING.matcher(key).find()) {
      context.warning("key-unsafe-characters", path, LintContext.subject(op) + " contains a dot, bracket, brace,"
          + " quote or space; no {{ }} template or condition filter can reference its result");
    } else if (!SLUG.matcher(key).matches()) {
      context.info("key-not-slug", path, LintContext.subject(op) + " is not a lower-case slug (a-z, 0-9, _ and -)"
          + " as the Studio writes keys; it works, but e.g. " + suggestion(key) + " is the convention");
    }
  }

  /** A Studio-like slug of a key: words split at camel case, lower case, other characters become one underscore. */
  private static String suggestion(String key) {
    String words = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2"); // notifyAuthor → notify_Author
    String slug = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
    return "\"" + slug + "\"";
  }
}
