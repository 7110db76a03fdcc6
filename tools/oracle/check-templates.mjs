// Checks conformance/templates.json against the real applyOptionsData and option helpers.
// usage: node check-templates.mjs ../../src/test/resources/conformance/templates.json
import { readFileSync } from 'fs';
import { applyOptionsData, optionToObject, optionToString, toArray } from '@directus/utils';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const helpers = { toArray, optionToString, optionToObject };
let ok = 0;
let bad = 0;
for (const vector of data.vectors) {
  const scope = typeof vector.scope === 'string' ? data.scopes[vector.scope] : vector.scope;
  for (const c of vector.cases) {
    let actual;
    let error;
    try {
      if (c.options !== undefined) actual = applyOptionsData(c.options, scope);
      else if (c.template !== undefined) actual = applyOptionsData({ v: c.template }, scope).v;
      else actual = helpers[c.helper](c.input);
    } catch (e) {
      error = e;
    }
    const good = c.error
      ? error && error.name === c.error.name && (c.error.message === undefined || error.message === c.error.message)
      : !error && JSON.stringify(actual) === JSON.stringify(c.expect);
    if (good) ok++;
    else {
      bad++;
      console.log('MISMATCH', vector.id, JSON.stringify(c), error ? `${error.name}: ${error.message}` : JSON.stringify(actual));
    }
  }
}
console.log(`${ok} ok, ${bad} mismatches`);
