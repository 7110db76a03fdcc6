// Merges two outputs of the same cases recorded under TZ=UTC and TZ=Europe/Berlin: keeps the
// UTC line and adds "berlin" where the result differs. With a count, keeps a deterministic
// sample: every case whose result shape (error type or message) is new, plus evenly spaced ones.
// usage: node merge-zones.mjs utc.jsonl berlin.jsonl [count] > merged.jsonl
import { readFileSync } from 'fs';

const read = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const utc = read(process.argv[2]);
const berlin = read(process.argv[3]);
const count = Number(process.argv[4] ?? utc.length);
const field = (o) => ('expect' in o ? 'expect' : 't');
const shape = (expect) => {
  if (typeof expect === 'string') return expect.replace(/position \d+/, '');
  if (!Array.isArray(expect)) return typeof expect;
  return JSON.stringify(expect.map((e) => JSON.parse(e.json).extensions?.type ?? e.message));
};
const seen = new Set();
const step = Math.max(1, Math.floor(utc.length / count));
utc.forEach((line, i) => {
  const key = field(line);
  const other = berlin[i][key];
  const merged = { ...line };
  delete merged.acc; // the same for every generated case (see gen-conditions.mjs)
  if (JSON.stringify(other) !== JSON.stringify(line[key])) merged.berlin = other;
  const s = shape(line[key]) + (merged.berlin ? ' berlin' : '');
  const every = merged.berlin ? Math.max(1, Math.floor(step / 8)) : step; // zone differences are sampled more densely
  if (count < utc.length && seen.has(s) && i % every !== 0) return;
  seen.add(s);
  console.log(JSON.stringify(merged));
});
