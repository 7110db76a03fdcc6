#!/usr/bin/env node
// Soak client for `flowsmith serve` (issue 17): C connections for S seconds on loopback, a mix of
// good clients (POST a JSON body, expect a 2xx), slow ones (half a request, then silence until the
// server closes, then again) and malformed ones (bad chunk, huge Content-Length, 1,001 headers,
// a declared 30 MB body, invalid JSON, HEAD). Prints one JSON line: counts, good-client errors
// and latency percentiles, and what the slow and malformed clients were answered.
// Usage: node soak.mjs URL [C=64] [SECONDS=60] [SLOW=8] [MALFORMED=8]
import net from 'node:net';
import http from 'node:http';

const [url, cArg, sArg, slowArg, badArg] = process.argv.slice(2);
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url || '')) throw new Error('URL must be http://127.0.0.1:PORT/…');
const u = new URL(url);
const C = Math.min(Number(cArg ?? 64), 256);
const SECONDS = Math.min(Number(sArg ?? 60), 600);
const SLOW = Number(slowArg ?? 8);
const BAD = Number(badArg ?? 8);
const GOOD = C - SLOW - BAD;
if (GOOD < 1) throw new Error('no good clients left');
const end = Date.now() + SECONDS * 1000;
const agent = new http.Agent({ keepAlive: true, maxSockets: GOOD });

const lat = [];
const good = { requests: 0, errors: 0, statuses: {} };
const slow = { connections: 0, closedBy: {} };
const bad = { requests: 0, statuses: {} };
const count = (map, key) => { map[key] = (map[key] || 0) + 1; };

function post(i) {
  return new Promise((resolve) => {
    const body = JSON.stringify({ n: i, status: 'published' });
    const s = performance.now();
    const req = http.request({ host: '127.0.0.1', port: u.port, path: u.pathname, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => {
        lat.push(performance.now() - s);
        good.requests++;
        count(good.statuses, res.statusCode);
        if (res.statusCode < 200 || res.statusCode > 299) good.errors++;
        resolve();
      });
    });
    req.setTimeout(10000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => { good.requests++; good.errors++; count(good.statuses, e.code || e.message); resolve(); });
    req.end(body);
  });
}

async function goodClient(k) {
  for (let i = k; Date.now() < end; i += GOOD) await post(i);
}

// one raw exchange: send bytes, collect what comes back until the server closes (or 15 s)
function raw(bytes, holdOpen) {
  return new Promise((resolve) => {
    const sock = net.connect(Number(u.port), '127.0.0.1');
    let got = '';
    const started = Date.now();
    const timer = setTimeout(() => { sock.destroy(); resolve({ got, how: 'client-timeout', ms: Date.now() - started }); }, 15000);
    sock.on('connect', () => sock.write(bytes));
    sock.on('data', (d) => { got += d.toString('latin1'); });
    sock.on('error', () => {});
    sock.on('close', () => { clearTimeout(timer); resolve({ got, how: 'closed', ms: Date.now() - started }); });
    if (!holdOpen) sock.on('data', () => {});
  });
}

const head = (extra = '') => `POST ${u.pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${extra}`;
const statusOf = (got) => (got.match(/^HTTP\/1\.1 (\d{3})/) || [null, 'none'])[1];

async function slowClient(k) {
  while (Date.now() < end) {
    const half = k % 2 === 0 ? head().slice(0, 60) : head('Content-Length: 100\r\n\r\n') + '{"half":';
    slow.connections++;
    const r = await raw(half, true);
    count(slow.closedBy, `${statusOf(r.got)} after ~${Math.round(r.ms / 1000)} s`);
  }
}

const malformed = [
  head('Transfer-Encoding: chunked\r\n\r\n') + 'zz\r\n{}\r\n0\r\n\r\n',
  head('Content-Length: 99999999999999999999999\r\n\r\n') + '{}',
  head('Content-Length: 2\r\n' + Array.from({ length: 1001 }, (_, i) => `X-H${i}: v\r\n`).join('') + '\r\n') + '{}',
  head(`Content-Length: ${30 * 1024 * 1024}\r\n\r\n`) + '{"a":',
  head('Content-Length: 8\r\nConnection: close\r\n\r\n') + '{"name":',
  `HEAD ${u.pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
];

async function badClient(k) {
  for (let i = k; Date.now() < end; i++) {
    const r = await raw(malformed[i % malformed.length], false);
    bad.requests++;
    count(bad.statuses, `${['bad chunk', 'huge length', '1001 headers', '30 MB declared', 'invalid JSON', 'HEAD'][i % malformed.length]} → ${statusOf(r.got)}`);
  }
}

const t0 = performance.now();
await Promise.all([
  ...Array.from({ length: GOOD }, (_, k) => goodClient(k)),
  ...Array.from({ length: SLOW }, (_, k) => slowClient(k)),
  ...Array.from({ length: BAD }, (_, k) => badClient(k)),
]);
const secs = (performance.now() - t0) / 1000;
lat.sort((a, b) => a - b);
const q = (p) => (lat.length ? +lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(2) : null);
console.log(JSON.stringify({ url, connections: C, seconds: +secs.toFixed(1), good: { clients: GOOD, ...good,
  rps: +(good.requests / secs).toFixed(1), p50_ms: q(0.5), p99_ms: q(0.99), max_ms: q(1) },
slow: { clients: SLOW, ...slow }, malformed: { clients: BAD, ...bad } }));
agent.destroy();
