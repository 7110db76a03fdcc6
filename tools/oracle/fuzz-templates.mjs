// Renders random templates with the real applyOptionsData and prints one JSON line each:
// {"s": template, "ok": JSON of the result | "undef": true | "cls": class name | "err": "Name: message"}.
// The scope matches TemplateOracleTest. usage: node fuzz-templates.mjs [seed] [count] [paths]
import { applyOptionsData } from '@directus/utils';

const scope = {
  a: [{ b: 1, 'c d': 2, e: null }], 'x y': 3, '': 4, 0: 5, s: 'str', n: 1.5, t: true,
  o: { k: { l: [10, 20] } }, big: 1e21, d: new Date(0), err: Object.assign(new Error('boom'), { code: 'C' }),
};
const templates = ['{{', '{{', '}}', '}}', '{', '}', '[', ']', '[', ']', '.', '.', "'", '"', '`', ' ', ' ', 'a', 'b',
  '0', '1', 'o', 'k', 'l', 'length', 'x y', 's', 'n', 't', '\u00a0', '\n', 'c d', '-', 'err', 'message', 'd', 'big',
  'e', '.0', '[0]', '["b"]', 'x'];
const paths = ['[', ']', '[', ']', "'", '"', '`', ' ', 'a', '.', 'x y', '0', '+', '+0', 'b', '\u00a0'];
let seed = Number(process.argv[2] ?? 11);
const count = Number(process.argv[3] ?? 30000);
const pathsOnly = process.argv[4] === 'paths';
const alphabet = pathsOnly ? paths : templates;
const random = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };

for (let i = 0; i < count; i++) {
  let s = '';
  const length = 1 + random(9);
  for (let j = 0; j < length; j++) s += alphabet[random(alphabet.length)];
  if (pathsOnly ? random(3) !== 0 : random(3) === 0) s = `{{${s}}}`;
  let result;
  try {
    const v = applyOptionsData({ v: s }, scope).v;
    if (v === undefined) result = { undef: true };
    else if (v instanceof Error || v instanceof Date) result = { cls: v.constructor.name };
    else result = { ok: JSON.stringify(v) };
  } catch (e) {
    result = { err: `${e.name}: ${e.message}` };
  }
  console.log(JSON.stringify({ s, ...result }));
}
