// Prints RegExp results as JSONL {p, s, r}: r is test(s) or "SyntaxError: <message>".
// Hand-picked patterns against 26 inputs, then 4,000 generated patterns against 18 inputs,
// of which a sample is kept (each error message once, every 40th match). usage: node regexes.mjs > regexes.jsonl
const inputs = ["", "a", "abc", "Hello", "hello world", "a\nb", "x\r\ny", "AbC123_", "  tab\tx", "\u00a0nbsp", "a-b", "[x]", "{2}", "a/b", "\\", "\u2028", "😀", "aaa", "abab", "2024-01-15", "foo@bar.com", "\b", "\x01", "caf\u00e9", "Ü", "_"];
const patterns = ["^h", "^H", ".*", "^$", "a$", "b$", "^a.b$", "a.b", "\\d+", "\\D", "\\w+$", "\\W", "\\s", "\\S+", "\\bworld", "o\\b", "\\Bell", "[a-c]+", "[^a-c]", "[]", "[^]", "[\\d-z]", "[\\w-]", "[-a]", "[a-]", "[\\b]", "a{2}", "a{2,}", "a{,2}", "a{2,x}", "x{", "}", "]", "a]", "(a)\\1", "(a)|\\1b", "\\1(a)", "(?:ab)+", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(?<n>a)\\k<n>", "\\k<n>", "\\k", "\\0", "\\00", "\\01", "\\012", "\\47", "\\8", "\\x41", "\\x4", "\\u0041", "\\u004", "\\u{41}", "\\cA", "\\c1", "[\\c1]", "\\c", "[\\c]", "\\/", "a/b", "\\p{L}", "\\e", "\\a", "\\z", "\\Z", "\\A", "\\Q", "\\h", "\\v", "\\R", "\\-", "\\.", "[&&a]", "[a&&b]", "[[a]", "[\\[]", "\\$", "\\^", "(", ")", "a)", "*", "a**", "a*?", "a+?", "a??", "a???", "a*+", "a{2}?", "a{2}{3}", "[b-a]", "[a", "a\\", "(?<a>x)(?<a>y)", "(?<=a)*", "(?=a)*", "(?i)a", "(?<>a)", "^*", "$+", "\\b*", "[\\s]+", "[^\\s]", "[\\S\\s]", "[\\D]", "[^\\W]", "..", "^.$", "\\u00e9", "caf.", "[\\u00c0-\\u00ff]", "(a|b)*c", "a|", "|", "()", "(?:)", "a{0}", "a{1,1}", "a{4294967296}", "[\\x00-\\x7f]+$", "\\t", "\\n", "[\\n]", "a\\nb", "^a\\nb$", "\\r\\n", "\\s$", "@", "#", " ", "a b", "\\ ", "&", "(?<$x>a)", "(?<\\u0061>a)\\k<a>", "[\\q]", "\\q", "💩", "[😀]", "\\ud83d", "😀+", "(?<n>a)(?<m>b)\\k<m>\\k<n>", "\\2(a)(b)", "\\10", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10"];
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const alpha = ["a","b","\\","d","w","s","b","B","(",")","?",":","=","!","<",">","[","]","^","-","$","*","+","{","}","1","2",",",".","|","k","c","x","u","0","n","8"];
for (let i = 0; i < 4000; i++) { let p = ""; const n = 1 + Math.floor(rnd() * 8); for (let j = 0; j < n; j++) p += alpha[Math.floor(rnd() * alpha.length)]; patterns.push(p); }
const fuzzInputs = ["", "a", "ab", "aab", "b a", "d-w", "1,2", "(a)", "[b]", "\\", "k<a>", "a\nb", "x{1}", "^$", "c", "\x08", "\x01", "8"];
const seenErrors = new Set();
for (const p of patterns) {
  let re, err;
  try { re = new RegExp(p); } catch (e) { err = e.name + ": " + e.message; }
  const list = patterns.indexOf(p) < 160 ? inputs : fuzzInputs;
  if (err) { const m = err.replace(/\/.*\/: /, ''); if (patterns.indexOf(p) < 160 || !seenErrors.has(m)) console.log(JSON.stringify({p, s: "", r: err})); seenErrors.add(m); continue; }
  const curated = patterns.indexOf(p) < 160;
  list.forEach((s, i) => { if (curated || (patterns.indexOf(p) + i) % 40 === 0) console.log(JSON.stringify({p, s, r: re.test(s)})); });
}
