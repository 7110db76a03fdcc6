package dev.flowsmith.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written resources: how flows work, in our words. What is generated from code lives in
 * {@link OptionsGuide} and {@link LintCodes}.
 */
final class Guides {

  private Guides() {}

  static final String DATA_CHAIN = """
      # The data chain

      Every run carries one object, the data chain. Before the first operation it holds:

      - `$trigger`: what started the flow (a webhook's {path, query, body, method, headers}, an event's \
      {event, payload, keys, collection}, a manual flow's body with {collection, keys}, another flow's payload; \
      null for a schedule).
      - `$last`: the result of the operation that ran last (at the start: the same as `$trigger`).
      - `$accountability`: who caused the run (null for schedules).
      - `$env`: only the environment variables the workspace allows (workspace.json `envAllowList`).

      After each operation its result is stored under the operation's **key**, and in `$last`. A rejected \
      operation stores its error the same way. Later operations read earlier results with templates: \
      `{{ read_user.email }}`, `{{ $trigger.body.items[0].id }}`. Keys are therefore names on the chain: keep \
      them short slugs, unique in the flow, and never starting with `$`.

      What the flow returns (a webhook caller's response, a calling flow's result) is `$last` by default, \
      or the whole chain (`$all`) or a path, as the trigger's `return` option says.

      Use the run tool with `breakAt` to see the chain exactly as a given operation will see it.
      """;

  static final String TEMPLATES = """
      # Templates: {{ path }}

      Option values (at any depth inside objects and arrays; never object keys) may contain `{{ path }}`. \
      The path walks the data chain: `key.field`, `key[0].id`, `key.0.id`, `key.list.length`, \
      `$trigger.query.page`.

      - A value that is **only** the template, `"{{ read_items }}"`, becomes the value itself with its type: \
      an object, a number, null.
      - A template **inside text**, `"Hello {{ $trigger.body.name }}"`, becomes text; objects and arrays are \
      inserted as compact JSON.
      - A path that finds nothing gives the text `undefined` (not an empty string, not null) — the most \
      common silent mistake; lint reports keys that do not exist or have not run yet.
      - A broken template (`{{` without `}}`, an empty `{{ }}`) makes the operation reject.
      - A JSON option written as a string is rendered as text first and parsed afterwards: a value with \
      quotes in it can break it. Prefer a JSON object with whole-value templates.
      """;

  static final String RESOLVE_REJECT = """
      # Resolve and reject

      Each operation has two exits. **resolve** (✓) is followed when the operation succeeds, **reject** (✗) \
      when it fails: a request that answers with an error status, a condition whose rules do not hold, a \
      script that throws, a throw-error operation. Each exit points at one operation id or at nothing; nothing \
      ends the run there.

      - The flow's `operation` column is the trigger's arrow: the first operation to run.
      - A run follows one path; every operation runs at most once. The graph must be a tree: no loops, and \
      at most one arrow into each operation (the server stores resolve and reject as unique columns).
      - A condition is the way to branch: its `filter` holds rules checked against the whole chain, e.g. \
      `{"$trigger": {"body": {"email": {"_nnull": true}}}}`. Passing rules resolve, failing ones reject.
      - A rejection that no reject arrow handles ends the run with the error as `$last`; a webhook with \
      `error_on_reject` then answers with an error status.
      """;

  static final String GRID = """
      # The grid

      Positions are grid cells of 20 px, counted from 1. Every tile, the trigger's too, is 14 × 14 cells; the \
      trigger always sits at (1, 1) and is not stored. The Studio's rhythm, which the layout tool applies: the \
      first operation at (19, 1); a resolve child 18 cells to the right on the same row; a reject child 18 to \
      the right and 16 rows down (below its sibling's whole subtree). Tiles must not overlap (lint: \
      overlapping-tiles) and positions below 1 are invalid. Do not compute positions by hand: create the \
      operations, link them, then call layout.
      """;

  static final String TESTS = """
      # Flow tests

      A test file is `tests/<name>.test.json` in the workspace:

      ```json
      {"flow": "FLOW_ID", "tests": [{
        "name": "a valid lead is stored",
        "trigger": {"body": {"email": "jane@example.org"}, "method": "POST"},
        "mock": {"push_to_crm": {"resolve": {"data": {"id": 7}}}},
        "expect": {"status": "resolve", "steps": ["check", "push_to_crm", "reply"],
                   "chain": {"reply.crm_id": 7, "check": {"$exists": true}}}
      }]}
      ```

      - `trigger` is `$trigger`; for webhook and manual flows {body, query, headers, method} is completed as \
      the webhook server would.
      - `mock` replaces an operation's work by key: {"resolve": value} or {"reject": error}. A request that is \
      not mocked is an error unless the test sets "network": true.
      - `items` seeds rows per collection in a throw-away copy of the store; `now` fixes the clock; `env` sets \
      `$env`.
      - `expect`: `status` (of the last step), `steps` (keys in order), `chain` (template paths → values), \
      `error`, `items` (rows after the run), `outbox` (mail sent). Matchers: {"$exists": true}, \
      {"$type": "string"}, {"$matches": "regex"}, {"$contains": subset}, {"$approx": 1.5, "within": 0.01}.

      Write the file (the tools do not write tests), then call the test tool.
      """;

  /** URI → (name, text) of every hand-written guide. */
  static Map<String, String[]> all() {
    Map<String, String[]> guides = new LinkedHashMap<>();
    guides.put("flowsmith://guide/data-chain", new String[] {"data-chain", DATA_CHAIN});
    guides.put("flowsmith://guide/templates", new String[] {"templates", TEMPLATES});
    guides.put("flowsmith://guide/resolve-reject", new String[] {"resolve-reject", RESOLVE_REJECT});
    guides.put("flowsmith://guide/grid", new String[] {"grid", GRID});
    guides.put("flowsmith://guide/tests", new String[] {"tests", TESTS});
    return guides;
  }

  static final String DESIGN_FLOW = """
      You are designing a Directus flow in a local Flowsmith workspace. Nothing here touches a live server: \
      build, check and run freely. Goal: %s

      Work in this order and do not skip a step:

      1. Look: `flows` read (fields ["id", "name", "trigger"]) to see what exists; `schema` for the \
      collections the flow may read or write. Read the resources flowsmith://guide/data-chain, \
      flowsmith://guide/templates and flowsmith://guide/resolve-reject once, and \
      flowsmith://operations/<type> for each operation type you use.
      2. Design: choose the trigger and its options (flowsmith://triggers), then a tree of operations with \
      short slug keys. Each operation reads earlier results as {{ key.path }}; branches come from a condition \
      (resolve = rules hold, reject = they do not) or from failures.
      3. Build: `flows` create with name, trigger, options and status. Create the operations with \
      `operations` create (flow, key, type, options), from the last one backwards so each resolve/reject \
      can name an existing id — or create them all and then update resolve/reject. Set the entry with `flows` \
      update {"operation": FIRST_ID}. A refused write names the field: fix it and retry.
      4. Tidy: `layout`.
      5. Lint: `lint` with the flow id. Fix every error and read every warning; repeat until clean.
      6. Run: `run` with a realistic trigger. Check each step's status and the chain; use breakAt on an \
      operation whose template you doubt. Fix and run again.
      7. Test: write tests/<name>.test.json (flowsmith://guide/tests) with one test per path — the happy \
      path and each reject branch, mocking requests — then `test` the flow until every test passes.
      8. Report what the flow does, its trigger, the tests and anything you could not check locally.
      """;
}
