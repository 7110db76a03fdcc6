// Records what Directus 11.11 answers for the item differential fixtures that ItemDiffReplayTest
// replays against Flowsmith's item store: creates the storediff_ schema and a limited role, seeds
// generated rows, then records every read, write and permission case with its exact answer.
//
//   . /tmp/dxo/env.sh && node record.mjs [out-dir]     (scripts/record-item-fixtures.sh does this)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { client, queryString } from './client.mjs';
import { createSchema } from './setup.mjs';
import { createAccess, GRANTS, LIMITED_TOKEN, ROLE_NAME } from './access.mjs';
import { random, seedRows, readCases } from './generate.mjs';
import { WRITES, LIMITED } from './cases-write.mjs';
import { COLLECTIONS, PREFIX } from './schema.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? path.join(here, '../../src/test/resources/itemdiff');
const url = process.env.DXO_URL ?? 'http://127.0.0.1:8055';
const admin = client(url, process.env.DXO_TOKEN ?? 'dxo-static-admin-token');
const limited = client(url, LIMITED_TOKEN);
mkdirSync(out, { recursive: true });

await createSchema(admin);
const roleId = await createAccess(admin);
const r = random(20261207);
const seed = seedRows(r);
for (const [collection, rows] of Object.entries(seed)) {
  for (let i = 0; i < rows.length; i += 100) {
    await admin.ok('POST', '/items/' + collection, rows.slice(i, i + 100));
  }
}

const snapshot = (await admin.ok('GET', '/schema/snapshot')).data;
const ours = (list) => list.filter((entry) => entry.collection.startsWith(PREFIX));
const schema = { version: snapshot.version, directus: snapshot.directus, vendor: snapshot.vendor,
  collections: ours(snapshot.collections), fields: ours(snapshot.fields), relations: ours(snapshot.relations) };
const columns = (collection) => COLLECTIONS.find((c) => c.collection === collection).fields
  .filter((f) => f.type !== 'alias').map((f) => f.field);
async function dump(fieldsOf) {
  const state = {};
  for (const { collection } of COLLECTIONS) {
    state[collection] = (await admin.ok('GET', '/items/' + collection + queryString({ fields: fieldsOf(collection), limit: -1, sort: 'id' }))).data;
  }
  return state;
}
const seedState = await dump(columns);

async function answer(api, c) {
  const target = '/items/' + c.collection + (c.key === undefined ? '' : '/' + c.key) + queryString(c.query);
  const { status, body } = await api.call(c.method, target, c.body);
  return body && body.errors ? { status, errors: body.errors } : { status, data: body ? body.data : null };
}

const lines = (cases) => cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
const reads = [];
let n = 0;
for (const c of readCases(r, seedState)) {
  const method = 'GET';
  const recorded = { id: 'r' + String(++n).padStart(4, '0'), kind: c.kind, method, collection: c.collection, key: c.key, query: c.query };
  reads.push({ ...recorded, ...(await answer(admin, recorded)) });
}
const writes = [];
n = 0;
const trace = (collection) => ['id', ...columns(collection).filter((f) => f !== 'id' && /^(storediff_|author$|post$|name$|title$)/.test(f))];
for (const c of WRITES) {
  const recorded = { id: 'w' + String(++n).padStart(3, '0'), kind: 'write', as: 'admin', ...c };
  writes.push({ ...recorded, ...(await answer(admin, recorded)) });
}
for (const c of LIMITED) {
  const recorded = { id: 'p' + String(++n).padStart(3, '0'), kind: 'permission', as: 'limited', ...c };
  writes.push({ ...recorded, ...(await answer(limited, recorded)) });
}
const finalState = await dump(trace);

writeFileSync(path.join(out, 'schema.json'), JSON.stringify(schema) + '\n');
writeFileSync(path.join(out, 'seed.json'), JSON.stringify(seedState) + '\n');
writeFileSync(path.join(out, 'access.json'), JSON.stringify({ role: roleId, name: ROLE_NAME, grants: GRANTS }) + '\n');
writeFileSync(path.join(out, 'reads.jsonl'), lines(reads));
writeFileSync(path.join(out, 'writes.jsonl'), lines(writes));
writeFileSync(path.join(out, 'final-state.json'), JSON.stringify({ fields: Object.fromEntries(COLLECTIONS.map(({ collection }) => [collection, trace(collection)])), state: finalState }) + '\n');
const health = await admin.ok('GET', '/server/info');
console.log(`recorded ${reads.length} reads, ${writes.length} writes and permission cases into ${out} (Directus ${health.data?.version ?? snapshot.directus})`);
