// Prints "<IEEE-754 bits in hex>\t<String(value)>" lines: the table JsNumbersTest reads (js-numbers.tsv).
// usage: node numbers.js > ../../src/test/resources/js-numbers.tsv  (then restore the header comment)
const view = new DataView(new ArrayBuffer(8));
const add = (d) => {
  view.setFloat64(0, d);
  console.log(`${view.getBigUint64(0).toString(16).padStart(16, '0')}\t${String(d)}`);
};
const fixed = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e21, 1e-7, 123e-20, 5, 1.5, 100, 2 ** 53, 2 ** 53 + 2, 2 ** 60,
  0.000001, 0.0000001, -1.5e-9, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 1e20, 999999999999999999999,
  1.2345e21, 123456789012345680000, 4.35, 5e-324, 1e23, 2e23, 9.007199254740993e15, 2.2250738585072014e-308,
  2.225073858507201e-308, 0.5, 1e-6, 1.5e-6, 1e-5, 12.5, 1234.5678, 100.0001, 1e300, 1e-300, 1.1754943508222875e-38,
  3.4028234663852886e38, 0.000123, 7e22, 1e22, 9.5e-7, 123456789, 0.1234567890123456789];
for (const d of fixed) { add(d); add(-d); }
let seed = 12345;
const next32 = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed; };
for (let i = 0; i < 600; i++) {
  view.setUint32(0, next32());
  view.setUint32(4, next32());
  const d = view.getFloat64(0);
  if (Number.isFinite(d)) add(d);
}
for (let i = 0; i < 500; i++) {
  add(Math.round(Math.random() * 1e6) / 100);
  add(Math.random() * 10 ** (Math.floor(Math.random() * 60) - 30));
}
