// Records what Directus 11.11's exec operation answers for each snippet of snippets.json: the same
// isolated-vm calls as api/src/operations/exec (Isolate, jail globals, context.eval, evalClosure
// `return module.exports($0.data)`, resultRef.copy()), on Node 22. Writes the fixture that
// ExecV8ConformanceTest replays against our sandbox.
//
//   . /tmp/dxo/env.sh            # Node 22 (see ../../../shared/directus/README.md)
//   node record.mjs [snippets.json] [../../src/test/resources/conformance/exec-v8.json]
//
// isolated-vm comes from ./node_modules (npm install here) or from a Directus install
// (DIRECTUS_APP, default /tmp/dxo/app), whose copy is the one the server runs.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
function loadIvm() {
  for (const base of [here, process.env.DIRECTUS_APP ?? '/tmp/dxo/app']) {
    try {
      return createRequire(path.join(base, 'package.json'))('isolated-vm');
    } catch (e) { /* next */ }
  }
  throw new Error('isolated-vm not found: npm install here, or set DIRECTUS_APP to a Directus install');
}
const ivm = loadIvm();
const snippetsFile = process.argv[2] ?? path.join(here, 'snippets.json');
const outFile = process.argv[3] ?? path.join(here, '../../src/test/resources/conformance/exec-v8.json');

// The chain's JSON text: undefined → "undefined", everything JSON.stringify gives otherwise.
function text(value) {
  const json = JSON.stringify(value);
  return json === undefined ? 'undefined' : json;
}

async function run(code, data) {
  const logs = [];
  const isolate = new ivm.Isolate({ memoryLimit: 32 });
  try {
    const context = isolate.createContextSync();
    const jail = context.global;
    jail.setSync('global', jail.derefInto());
    jail.setSync('process', { env: {} }, { copy: true });
    jail.setSync('module', { exports: null }, { copy: true });
    const unpack = (args) => (args.length === 1 ? args[0] : args);
    const sink = (level) => new ivm.Callback((...args) => { logs.push(level + ' ' + text(unpack(args))); }, { sync: true });
    jail.setSync('console', {
      log: sink('info'), info: sink('info'), warn: sink('warn'), error: sink('error'), trace: sink('trace'), debug: sink('debug'),
    }, { copy: true });
    await context.eval(code, { timeout: 5000 });
    const input = new ivm.ExternalCopy({ data });
    const ref = await context.evalClosure('return module.exports($0.data)', [input.copyInto()], {
      result: { reference: true, promise: true }, timeout: 5000,
    });
    const result = await ref.copy();
    return { outcome: 'resolve', value: text(result), console: logs };
  } catch (e) {
    // the run log keeps name and message of a thrown error (engine.md §4.3)
    // what isolated-vm hands over for a thrown non-Error primitive is that value itself
    return e instanceof Error
      ? { outcome: 'reject', error: { name: e.name, message: e.message }, console: logs }
      : { outcome: 'reject', value: text(e), console: logs };
  } finally {
    isolate.dispose();
  }
}

const snippets = JSON.parse(readFileSync(snippetsFile, 'utf8'));
const out = [];
for (const s of snippets) {
  const code = s.code ?? `module.exports = function (data) {\n${s.body}\n};`;
  const result = await run(code, s.data ?? {});
  out.push({ name: s.name, code, ...(s.data ? { data: s.data } : {}), ...result });
}
writeFileSync(outFile, JSON.stringify({ recordedWith: `node ${process.version}, isolated-vm (Directus 11.11 exec)`, cases: out }, null, 2) + '\n');
console.error(`${out.length} cases → ${outFile}`);
