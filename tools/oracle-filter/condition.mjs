// The api-30 condition operation (api/src/operations/condition/index.ts of @directus/api 30.0.0,
// which calls parseFilter(filter, accountability, undefined, true) and validatePayload with
// requireAll) on the real @directus/utils 13.0.9 and @directus/validation 2.0.8, with a frozen
// clock. Input: JSONL cases {filter, data, acc}; strings "@date:<iso>" become Dates.
// Output: the cases with "expect": "PASS" | "ERROR <name>: <message>" | [{message, json}].
// usage: TZ=UTC node condition.mjs cases.jsonl > expected.jsonl
import { readFileSync } from 'fs';
import { pathToFileURL } from 'url';

const FIXED = Date.parse(process.env.FIXED_NOW ?? '2024-05-15T10:30:00.000Z');
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(FIXED);
    else super(...args);
  }
  static now() {
    return FIXED;
  }
};
const { parseFilter, validatePayload } = await import('@directus/utils');
const { FailedValidationError, joiValidationErrorItemToErrorExtensions } = await import('@directus/validation');

export function condition(filter, data, accountability) {
  const parsed = parseFilter(filter, accountability, undefined, true);
  if (!parsed) return null;
  const errors = validatePayload(parsed, data, { requireAll: true });
  if (errors.length > 0) {
    throw errors
      .map((e) => e.details.map((d) => new FailedValidationError(joiValidationErrorItemToErrorExtensions(d))))
      .flat();
  }
  return null;
}

export const revive = (key, value) =>
  typeof value === 'string' && value.startsWith('@date:') ? new Date(value.slice(6)) : value;

export function outcome(filter, data, accountability) {
  try {
    condition(filter, data, accountability ?? null);
    return 'PASS';
  } catch (e) {
    if (Array.isArray(e)) return e.map((x) => ({ message: x.message, json: JSON.stringify(x) }));
    return `ERROR ${e?.name}: ${e?.message}`;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line, revive);
    console.log(JSON.stringify({ ...JSON.parse(line), expect: outcome(c.filter, c.data, c.acc) }));
  }
}
