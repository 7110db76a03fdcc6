package dev.flowsmith.mcp;

import dev.flowsmith.format.lint.Severity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lint codes with what each means and what to do, for the {@code flowsmith://lint-codes}
 * resource. {@code LintCodesTest} reads the lint checks' sources and fails when a check reports a
 * code (or a severity) this table does not have, so the table follows the rules.
 */
final class LintCodes {

  record Code(Severity severity, String meaning) {}

  static final Map<String, Code> CODES = new LinkedHashMap<>();

  static {
    error("dangling-link", "resolve, reject or the flow's operation names an operation that does not exist; Directus "
        + "cannot load such a flow. Point it at an existing id or null.");
    error("self-link", "an operation's resolve or reject points at itself: a loop of one.");
    error("cycle", "following resolve/reject comes back to an operation already passed; Directus's flow loader never "
        + "ends. Flows are trees: break the loop.");
    error("duplicate-resolve-target", "two operations resolve into the same operation; the column is unique, so the "
        + "server refuses the save. Give each its own copy.");
    error("duplicate-reject-target", "two operations reject into the same operation (unique column, as above).");
    error("multiple-incoming", "an operation has two arrows into its one input; the editor allows one.");
    warning("unreachable-operation", "no path from the trigger reaches this operation: it is saved but never runs.");
    error("duplicate-operation-id", "two operations share an id (the primary key).");
    info("id-not-uuid", "the id is not a UUID: fine for SQLite and MySQL, refused by a PostgreSQL server.");
    error("duplicate-key", "two operations share a key; on the data chain the later result overwrites the earlier.");
    error("invalid-key", "the key is empty.");
    error("reserved-key", "the key starts with $ ($trigger, $last, $env, $accountability are the chain's own).");
    warning("key-unsafe-characters", "the key holds . [ ] { } quotes or white space, so no {{ }} path can reach it.");
    info("key-not-slug", "the key uses characters outside a–z, 0–9, _ and -; it works, but the Studio writes slugs.");
    error("position-out-of-range", "position_x or position_y below 1: grid cells start at 1.");
    warning("overlapping-tiles", "two tiles (or a tile and the trigger at 1,1) share cells; call layout.");
    error("options-not-object", "options must be an object (null breaks rendering); also a trigger's options.");
    warning("unknown-operation-type", "not a core type: the run stops there unless an extension provides it.");
    error("missing-required-option", "a required option (see flowsmith://operations/<type>) is absent or empty; "
        + "also required trigger options.");
    error("unknown-flow-reference", "a trigger operation's flow option names no flow of the workspace.");
    error("dot-notation-filter", "a condition or query filter uses \"a.b\": {...}; write nested objects {\"a\": {\"b\": "
        + "{...}}}.");
    error("filter-not-object", "a condition filter (or a rule inside it) is not an object.");
    error("request-headers-not-list", "request headers must be an array of {\"header\", \"value\"}.");
    error("request-header-incomplete", "a request header lacks its header or value.");
    info("request-body-not-string", "the request body is JSON, not text; it is sent as JSON, which works.");
    warning("secret-in-options", "a literal token in a header or JWT secret travels with every export; use {{ $env.X }}.");
    error("malformed-template", "a {{ }} is not closed or is empty; the step rejects with a template error.");
    warning("unknown-key-reference", "{{ key }} names no operation of the flow (nor $trigger, $last, $env, "
        + "$accountability): it renders as undefined.");
    warning("key-reference-not-upstream", "{{ key }} names an operation that has not run yet on any path to here.");
    info("fragile-last-reference", "{{ $last }} changes meaning when a step is inserted; name the key.");
    warning("null-last-reference", "{{ $last }} follows a step whose value is null (condition, log, mail, sleep); name the key of the step that produced the value.");
    warning("missing-trigger", "the flow has no trigger, so it never starts.");
    error("unknown-trigger", "trigger is not event, schedule, operation, webhook or manual.");
    error("invalid-status", "status is not active or inactive.");
    error("invalid-accountability", "accountability is not all, activity or null.");
    error("invalid-trigger-option", "an event type, scope or webhook method the runner cannot register.");
    error("invalid-cron", "the schedule's cron expression does not parse; the flow is skipped.");
  }

  private LintCodes() {}

  private static void error(String code, String meaning) {
    CODES.put(code, new Code(Severity.ERROR, meaning));
  }

  private static void warning(String code, String meaning) {
    CODES.put(code, new Code(Severity.WARNING, meaning));
  }

  private static void info(String code, String meaning) {
    CODES.put(code, new Code(Severity.INFO, meaning));
  }

  static String text() {
    StringBuilder text = new StringBuilder("# Lint codes\n\nThe lint tool reports these. Errors stop a flow from "
        + "loading or running as meant; warnings are legal but probably wrong; info is advice. Writes through the "
        + "flows and operations tools refuse " + String.join(", ", FlowWrites.REFUSED.stream().sorted().toList())
        + ".\n\n| code | severity | meaning |\n|---|---|---|\n");
    CODES.forEach((code, c) -> text.append("| `").append(code).append("` | ")
        .append(c.severity().name().toLowerCase(Locale.ROOT)).append(" | ").append(c.meaning()).append(" |\n"));
    return text.toString();
  }
}
