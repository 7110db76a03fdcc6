// Checks the §12.2 transcription (conformance/filters.json) against the real condition code.
// usage: TZ=UTC node check-filters.mjs ../../src/test/resources/conformance/filters.json
import { readFileSync } from 'fs';
import { condition } from './condition.mjs';

const file = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let ok = 0;
let bad = 0;
for (const c of file.cases) {
  let actual;
  try {
    condition(c.filter, c.data, c.accountability ?? null);
    actual = 'pass';
  } catch (e) {
    actual = Array.isArray(e)
      ? { errors: e.map((x) => ({ message: x.message, extensions: JSON.parse(JSON.stringify(x.extensions)), validIsDate: x.extensions.valid instanceof Date })) }
      : { error: { name: e.name, message: e.message } };
  }
  const expected = c.expect;
  let good;
  if (typeof expected === 'string' || expected.error) good = JSON.stringify(actual) === JSON.stringify(expected);
  else good = actual.errors?.length === expected.errors.length && expected.errors.every((x, i) =>
    x.message === actual.errors[i].message
    && (x.extensions === undefined || JSON.stringify(x.extensions) === JSON.stringify(actual.errors[i].extensions))
    && (x.validIsDate === undefined || x.validIsDate === actual.errors[i].validIsDate));
  if (good) ok++;
  else {
    bad++;
    console.log('MISMATCH', c.id, JSON.stringify(actual));
  }
}
console.log(`${ok} ok, ${bad} mismatches`);
