// Records what Directus 11.11 (@directus/api 30.0.0) writes into a run log for given chains:
// its own redactObject + getRedactedString, called with the options api/src/flows.ts uses for
// the revision (data: the four key paths and the env values; steps: the env values only) and
// for the log operation's scope. Output: one JSON document on stdout.
// usage: node redact-log.mjs > ../../src/test/resources/conformance/run-log-redaction.json
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const app = process.env.DIRECTUS_APP ?? "/tmp/dxo/app";
const require = createRequire(`${app}/`);
const api = require.resolve("@directus/api/package.json").replace(/package\.json$/, "");
const { redactObject } = await import(pathToFileURL(`${api}dist/utils/redact-object.js`).href);
const { getRedactedString } = await import(pathToFileURL(require.resolve("@directus/utils")).href);

// the key paths of api/src/flows.ts (revision data, and the log operation's render scope)
const RUN_LOG = [["**", "headers", "authorization"], ["**", "headers", "cookie"], ["**", "query", "access_token"],
  ["**", "payload", "password"]];
const LOG_SCOPE = [...RUN_LOG, ["**", "payload", "token"], ["**", "payload", "tfa_secret"],
  ["**", "payload", "external_identifier"], ["**", "payload", "auth_data"]];

const env = { API_KEY: "k-123", HOST: "example.com", EMPTY: "", PORT: 8080, FLAG: true, LIST: ["a", "b"] };
const chains = [
  { $trigger: { headers: { authorization: "Bearer abc", cookie: "sid=1", accept: "*/*" },
    query: { access_token: "tok", page: "2" }, body: { password: "in body" } },
    $last: null, $accountability: { user: null }, $env: env },
  { $trigger: { payload: { password: "pw", token: "t", tfa_secret: "s", external_identifier: "e", auth_data: { a: 1 },
    nested: { password: "nested" } } } },
  { headers: { authorization: "at the root" }, query: { access_token: 5 }, payload: { password: { deep: "x" } } },
  { a: [{ headers: { authorization: "in an array" } }], headers: [{ authorization: "array of headers" }] },
  { payload: { payload: { password: "payload in payload" } }, headers: { headers: { authorization: "x" } } },
  { x: { payload: { y: { payload: { password: "payload below payload" } } } } },
  { query: { headers: { authorization: "headers in query" }, access_token: "q" } },
  { step: { url: "https://example.com/api?key=k-123", note: "k-123 and k-123", n: 8080, t: true } },
  { headers: { Authorization: "capital A", COOKIE: "capital" }, "**": { headers: { authorization: "star key" } } },
  { $trigger: { headers: { authorization: null, cookie: ["a", "b"] } } },
];
const steps = [{ operation: "op-1", key: "req_example.com", status: "resolve",
  options: { url: "https://example.com/?k=k-123", headers: [{ header: "Authorization", value: "Bearer abc" }] } }];

const clone = (paths) => paths.map((p) => [...p]); // redactObject consumes its key paths
const cases = chains.map((chain) => ({
  chain,
  data: redactObject(chain, { keys: clone(RUN_LOG), values: env }, getRedactedString),
  logScope: redactObject(chain, { keys: clone(LOG_SCOPE) }, getRedactedString),
}));
const stepCases = steps.map((step) => ({ step, logged: redactObject(step, { values: env }, getRedactedString) }));
process.stdout.write(JSON.stringify({
  source: "redactObject of @directus/api 30.0.0 with the options of api/src/flows.ts, recorded by tools/oracle-log/redact-log.mjs",
  env, cases, steps: stepCases,
}, null, 1) + "\n");
