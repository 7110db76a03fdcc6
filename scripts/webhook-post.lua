-- wrk script for the webhook benchmarks (scripts/bench-ratio.sh): POSTs {"n": i, "status": "published"}
-- as application/json, i counting up per connection thread, and prints one JSON line at the end with the
-- same fields as ../shared/perf/load.mjs (rps, p50_ms, p99_ms, errors), so both clients read alike.
-- Errors are non-2xx/3xx answers plus socket errors (connect, read, write, timeout).
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
    '{"n":' .. counter .. ',"status":"published"}')
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"client":"wrk","requests":%d,"errors":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\n',
    summary.requests, errors, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
