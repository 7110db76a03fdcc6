// Records what Directus 11.11's own adjustDate (@directus/utils 13.0.9 over date-fns 4.1.0, the
// function behind $NOW(<adjustment>) in condition and item filters) gives for a fixed list of
// dates × adjustments × server time zones. Output: one JSON document on stdout.
// usage: node adjust-dates.mjs > ../../src/test/resources/conformance/adjust-date.json
// DIRECTUS_APP (default /tmp/dxo/app, where /work/shared/directus/start.sh installs Directus)
// is the folder whose node_modules hold @directus/utils.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const app = process.env.DIRECTUS_APP ?? "/tmp/dxo/app";
const zones = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"];
const dates = [
  "2024-01-31T10:30:00.000Z", "2024-02-29T12:00:00.000Z", "2024-03-31T23:30:00.000Z", "2023-01-31T00:15:00.000Z",
  "2024-03-30T01:30:00.000Z", "2024-10-27T00:30:00.000Z", "2024-03-10T06:30:00.000Z", "2024-11-03T05:30:00.000Z",
  "2024-12-31T23:59:59.999Z", "2024-05-15T10:30:00.000Z", "2100-02-28T12:00:00.000Z",
];
const units = ["milliseconds", "millisecond", "msecs", "msec", "ms", "seconds", "second", "secs", "sec", "s",
  "minutes", "minute", "mins", "min", "m", "hours", "hour", "hrs", "hr", "h", "days", "day", "d", "weeks", "week",
  "w", "months", "month", "mth", "mo", "years", "year", "yrs", "yr", "y"];
const adjustments = [
  ...units.map((u) => `1 ${u}`), ...units.map((u) => `-2${u}`), ...units.map((u) => `+1.5 ${u}`),
  ...units.map((u) => `-0.5 ${u}`),
  "1", "-1", "+1", "0", "-0", "0 months", "0.0 days", "1.5", ".5 days", "-.5 months", "0.1 years", "-0.1 years",
  "1 month", "-1 month", "13 months", "-13 months", "12 months", "-12 months", "1 year", "-1 year", "4 years",
  "-4 years", "100 years", "1.9 months", "-1.9 months", "2.5 months", "-2.5 months", "11.5 months", "1.25 years",
  "1.5 weeks", "-1.5 weeks", "1.9 days", "-1.9 days", "0.5 hours", "1.5 ms", "-1.5 ms", "0.0001 seconds",
  "30 days", "-30 days", "365 days", "1000000 days", "1e3 days", "1 DAY", "2 Months", "3 YRS", "1  days",
  "1day", "--1 day", "+-1 day", "-+1 day", " 1 day", "1 day ", "1 fortnight", "1.", "abc", "", "+", "-",
  "1.5.5 days", "12345678901234567890 ms", "1 yr", "1 hr", "1 min", "1 sec", "1 msec",
];

if (process.argv[2] !== "--zone") {
  // one child per zone: TZ is read when the process starts
  const cases = [];
  for (const zone of zones) {
    const out = execFileSync(process.execPath, [process.argv[1], "--zone"], {
      env: { ...process.env, TZ: zone }, maxBuffer: 1 << 28 }).toString();
    cases.push(...JSON.parse(out).map((c) => ({ zone, ...c })));
  }
  const utilsVersion = createRequire(`${app}/`)("@directus/utils/package.json").version;
  const dateFnsVersion = createRequire(`${app}/`)("date-fns/package.json").version;
  // one case a line, so a re-recording diffs well
  const head = {
    source: `adjustDate of @directus/utils ${utilsVersion} (date-fns ${dateFnsVersion}), recorded by tools/oracle-now/adjust-dates.mjs`,
    result: "ISO instant; null when adjustDate returns undefined; \"Invalid Date\" for NaN",
  };
  process.stdout.write(JSON.stringify(head).slice(0, -1) + ',"cases":[\n'
    + cases.map((c) => JSON.stringify(c)).join(",\n") + "\n]}\n");
} else {
  const entry = createRequire(`${app}/`).resolve("@directus/utils");
  const { adjustDate } = await import(pathToFileURL(entry).href);
  const cases = [];
  for (const date of dates) {
    for (const adjustment of adjustments) {
      const result = adjustDate(new Date(date), adjustment);
      cases.push({ date, adjustment, result: result === undefined ? null
        : Number.isNaN(result.getTime()) ? "Invalid Date" : result.toISOString() });
    }
  }
  process.stdout.write(JSON.stringify(cases));
}
