// Records how Node's WHATWG `new URL()` reads generated host spellings, for UrlHostConformanceTest.
// Directus 11.11 runs on Node 22, whose axios parses the request operation's URL with `new URL()`.
//
//   node record-hosts.mjs > ../../src/test/resources/conformance/url-hosts.jsonl
//
// One JSON object a line: {"input", "hostname", "port", "href"} or {"input", "error"}; the first
// line names the Node version. Deterministic: the same Node gives the same file.

const ipv4 = [
  '127.0.0.1', '0177.0.0.1', '0x7f.0.0.1', '0x7F.1', '0x7f.1', '127.1', '127.0.1', '2130706433',
  '017700000001', '0x7f000001', '0X7F000001', '0x7f.0x0.0x0.0x1', '0177.0.0.01', '00000177.0.0.1',
  '127.0.0.1.', '127.1.', '0.0.0.0', '0', '0x', '0x.0x.0x.0x', '00', '0.0', '4294967295', '4294967296',
  '0xffffffff', '0x100000000', '256.0.0.1', '255.255.255.255', '255.255.255.256', '1.2.3.4.5', '1.2.3.09',
  '1.2.3.08', '1.2.3.07', '09', '08.1', '0x1g.1', '1..2', '1.2..3', '.1.2.3', '1.2.3.4..', '1.256', '1.65536',
  '1.16777216', '1.2.65536', '1.2.3.256', '169.254.169.254', '0251.0376.0251.0376', '0xa9fea9fe',
  '2852039166', '10.0.0.1', '012.0.0.1', '0x0a.0.0.1', '192.168.0.1', '3232235521', '0300.0250.0.1',
  '999999999999999999999', '0x' + 'f'.repeat(20), '1e3', '1.2.3.4x', 'x1.2.3.4', '١٢٧.0.0.1',
  '１２７.０.０.１', '127。0。0。1', '127．0．0．1', '127.0.0.1%2e', '%31%32%37.0.0.1', '127.0.0.%31',
  '0x7f%2e1', '127%2E1',
];

const ipv6 = [
  '[::1]', '[::]', '[0:0:0:0:0:0:0:1]', '[0000:0000:0000:0000:0000:0000:0000:0001]', '[::ffff:127.0.0.1]',
  '[::ffff:7f00:1]', '[::127.0.0.1]', '[::FFFF:127.0.0.1]', '[2001:db8::1]', '[2001:DB8::1]',
  '[2001:db8:0:0:1:0:0:1]', '[2001:db8::0:1]', '[1:0:0:2::3:0]', '[1::2:0:0:0]', '[fe80::1%25eth0]',
  '[fe80::1%eth0]', '[1::1::1]', '[::1', '::1]', '::1', '[:1]', '[1:]', '[1:2:3:4:5:6:7:8]',
  '[1:2:3:4:5:6:7:8:9]', '[1:2:3:4:5:6:7::]', '[::1:2:3:4:5:6:7]', '[1:2:3:4:5:6::7:8]',
  '[::ffff:256.0.0.1]', '[::ffff:127.0.0.01]', '[::ffff:127.0.0]', '[::ffff:127.0.0.1.1]', '[::ffff:0x7f.1]',
  '[::ffff:127.1]', '[1:2:3:4:5:6:1.2.3.4]', '[1:2:3:4:5:6:7:1.2.3.4]', '[12345::]', '[g::1]', '[]',
  '[ ::1]', '[::1 ]', '[0::0::0]', '[::0.0.0.0]', '[::ffff:0.0.0.0]', '[::ffff:169.254.169.254]',
  '[64:ff9b::127.0.0.1]', '[::%31]', '[%3A%3A1]',
];

const domains = [
  'example.com', 'EXAMPLE.COM', 'Example.Com.', 'example.com..', 'localhost', 'LOCALHOST', 'localhost.',
  'a..b', '.example.com', 'ex%41mple.com', 'ex%61mple.com', '%65xample.com', 'example%2Ecom',
  'exa%20mple.com', 'ex%zzample.com', 'ex%4', 'ex%', '%00example.com', '%7Fexample.com', 'ex%2Fample.com',
  'ex%3Aample.com', 'ex%40ample.com', 'ex%5Bample.com', 'ex%25ample.com', 'a%E2%80%8Bb.com',
  'ex%C3%A4mple.com', '%C3%9F.de', 'xn--nxasmq6b.com', 'XN--NXASMQ6B.COM', 'βόλος.com', 'ΒΌΛΟΣ.com',
  'faß.de', 'FASS.de', 'straße.de', 'bücher.example', 'BÜCHER.example', 'münchen.de', '日本語.jp',
  'пример.рф', 'ドメイン.テスト', '☃.net', '💩.la', 'i❤.ws', 'ab\u200Dc.com', 'ab\u200Cc.com',
  'ab\u00ADc.com', 'ﬀ.com', 'ｅｘａｍｐｌｅ．ｃｏｍ', 'example。com', 'a\u3002b', 'xn--', 'xn--a', 'xn--a.com',
  'xn--ls8h.la', 'xn--zz', 'xn--ß', '-example.com', 'example-.com', 'ex--ample.com', 'ab--c.com',
  'my_host.local', 'host!.com', 'ho$t.com', 'ho&st.com', "ho'st.com", 'ho(st).com', 'ho*st.com',
  'ho+st.com', 'ho,st.com', 'ho;st.com', 'ho=st.com', 'ho~st.com', 'ho`st.com', 'ho{st}.com',
  'ho"st.com', 'ho<st.com', 'ho>st.com', 'ho^st.com', 'ho|st.com', 'ho st.com', 'ho%st.com',
  'a'.repeat(63) + '.com', 'a'.repeat(64) + '.com', ('a'.repeat(60) + '.').repeat(5) + 'com',
  'example.com.evil', '1.example.com', 'example.123', 'example.0x1', 'example.09', 'foo.0x', 'foo.0xg',
  '0x7f.example', '127.0.0.1.example', 'example.1.2', 'a.b.c.1', 'abc.', 'a.b.', 'א.com', 'aא.com',
  'א1.com', '1א.com', 'ا1ب.com', 'a\u0301.com', '\u0301a.com', 'ǅ.com', 'Ⅷ.com', '㍱.com', '℡.com',
  'ⓐⓑⓒ.com', 'ABC\u212A.com', 'İstanbul.tr', 'ΣΑΣ.gr', 'ς.gr', 'xn--4ca.com', 'xn--zca.com',
];

const urls = [
  'http://0177.0.0.1:8080/', 'http://user:pass@0x7f.1/', 'http://user@127.1:80/', 'http://127.1:0080/x',
  'https://127.1:443/', 'https://0x7f.1:8443/p?q=1', 'http://127.1:65535/', 'http://127.1:65536/',
  'http://127.1:-1/', 'http://127.1:8a/', 'http://127.1:/', 'http:127.1/', 'http:/127.1/', 'http:\\\\127.1\\x',
  'http:///127.1/', 'HTTP://127.1/', 'hTTp://EXAMPLE.com/Path', 'http://[::1]:8080/', 'http://[::1]8080/',
  'http://a@b@127.1/', 'http://:@127.1/', 'http://@127.1/', 'http://127.1?x', 'http://127.1#f', 'http://127.1',
  ' http://127.1/ ', '\thttp://127.1/', 'http://12\t7.1/', 'http://127.1\n/', 'http://', 'http:///', 'http://?x',
  'http://:80/', 'http://@/', 'ftp://0177.0.0.1/', 'ftp://0x100000000/', 'ws://127.1/', 'wss://[::1]/',
  'file:///etc/passwd', 'http://exa mple.com/', 'http://%65xample.com:81/', 'http://faß.de/',
];

const hosts = [...ipv4, ...ipv6, ...domains];

// Seeded variations: upper-case, a trailing dot, percent-encoded characters, a port.
let seed = 20261207;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const varied = [];
for (let i = 0; i < 150; i++) {
  let host = pick([...ipv4, ...domains]);
  const how = Math.floor(random() * 4);
  if (how === 0) host = host.toUpperCase();
  else if (how === 1) host = host + '.';
  else if (how === 2) {
    const at = Math.floor(random() * host.length);
    const c = host.charCodeAt(at);
    if (c < 128) host = host.slice(0, at) + '%' + c.toString(16).padStart(2, '0').toUpperCase() + host.slice(at + 1);
  } else host = host + ':' + pick(['80', '443', '8080', '0', '99999', '']);
  varied.push(host);
}

const inputs = [...new Set([...hosts, ...varied].map((h) => 'http://' + h + '/').concat(urls))];

console.log(JSON.stringify({ node: process.version, cases: inputs.length }));
for (const input of inputs) {
  try {
    const url = new URL(input);
    console.log(JSON.stringify({ input, hostname: url.hostname, port: url.port, href: url.href }));
  } catch (e) {
    console.log(JSON.stringify({ input, error: `${e.name}: ${e.message}` }));
  }
}
