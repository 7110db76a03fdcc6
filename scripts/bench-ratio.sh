#!/usr/bin/env bash
# Same-run webhook throughput, Flowsmith `serve` against the Directus that is already running on
# DXO_URL (default http://127.0.0.1:8055, token DXO_TOKEN or dxo-static-admin-token), wherever it
# was started from: it never starts or stops Directus. Same flows (../shared/perf/bench-3step.json,
# exec-1step.json), one client for every side, alternating rounds, median per side.
# Flows it creates on Directus are named as in the files and deleted when it ends.
#
# Usage: scripts/bench-ratio.sh [N=3000] [C=8] [ROUNDS=3] [FLOWS="bench-3step exec-1step"]
#   CLIENT=wrk (default): wrk with scripts/webhook-post.lua, C connections on WRK_THREADS (1) threads,
#     DURATION (10) seconds a round after a WARMUP (10) second run per side and flow; N is not used.
#   CLIENT=node: ../shared/perf/load.mjs (Node's fetch), N requests a round at concurrency C.
#   JARS="a.jar b.jar" serves each jar on its own port and measures them in the same rounds
#     (default target/flowsmith.jar); LABELS names them (default flowsmith, or the jar's folder).
#   CEILING=0 skips the first measurement: the client against a Node server that answers at once.
#   SERVE_OPTS go to every serve (e.g. --no-history), JAVA_OPTS to its JVM.
# Per round it prints the client's JSON line and the CPU each process used (from /proc), so a
# result can be read as "who had the two cores": cpu_ms_per_1k is CPU milliseconds per 1,000 answers.
# It installs nothing: a missing tool is named and the script stops.
set -u
cd "$(dirname "$0")/.."
here=$PWD
perf=${PERF_DIR:-../../shared/perf}
[ -d "$perf" ] || perf=/work/shared/perf
N=${1:-3000}; C=${2:-8}; R=${3:-3}; flows=${4:-"bench-3step exec-1step"}
CLIENT=${CLIENT:-wrk}; DURATION=${DURATION:-10}; WARMUP=${WARMUP:-10}; WRK_THREADS=${WRK_THREADS:-1}
export DXO_URL=${DXO_URL:-http://127.0.0.1:8055}
export DXO_TOKEN=${DXO_TOKEN:-dxo-static-admin-token}
read -r -a jars <<<"${JARS:-$here/target/flowsmith.jar}"

need=(java node python3 curl)
[ "$CLIENT" = wrk ] && need+=(wrk)
[ "$CLIENT" = wrk ] || [ "$CLIENT" = node ] || { echo "CLIENT must be wrk or node, not $CLIENT"; exit 1; }
missing=()
for tool in "${need[@]}"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]} (on Debian: apt-get install -y ${missing[*]/node/nodejs}; or CLIENT=node for load.mjs)"
  exit 1
fi
for jar in "${jars[@]}"; do [ -f "$jar" ] || { echo "no $jar: mvn -q -DskipTests package"; exit 1; }; done
if [ -n "${LABELS:-}" ]; then read -r -a labels <<<"$LABELS"
elif [ ${#jars[@]} -eq 1 ]; then labels=(flowsmith)
else labels=(); for jar in "${jars[@]}"; do labels+=("$(basename "$(dirname "$jar")")"); done
fi
curl -fsS -m 5 "$DXO_URL/server/ping" >/dev/null || { echo "no Directus answers on $DXO_URL"; exit 1; }
dx_port=$(python3 -c "import urllib.parse,sys;print(urllib.parse.urlparse(sys.argv[1]).port or 80)" "$DXO_URL")
dx_pid=$(ss -ltnpH "sport = :$dx_port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)

ws=$(mktemp -d); mkdir -p "$ws/flows"
for f in $flows; do cp "$perf/$f.json" "$ws/flows/"; done
pids=(); ports=(); ceiling_pid=
declare -A dx
cleanup() {
  for p in "${pids[@]}" $ceiling_pid; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  for f in $flows; do [ -n "${dx[$f]:-}" ] && node "$perf/deploy.mjs" --delete "${dx[$f]}" >/dev/null 2>&1; done
  rm -rf "$ws"
}
trap cleanup EXIT
for i in "${!jars[@]}"; do
  port=$((20000 + RANDOM % 20000)); mkdir -p "$ws/$i"; cp -r "$ws/flows" "$ws/$i/"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "${jars[$i]}" serve --workspace "$ws/$i" --port "$port" ${SERVE_OPTS:-} >"$ws/serve-$i.log" 2>&1 &
  pids+=($!); ports+=("$port")
done
for f in $flows; do dx[$f]=$(node "$perf/deploy.mjs" "$perf/$f.json") || { echo "deploy $f to Directus failed"; exit 1; }; done

# CPU seconds (user + system) a process and its threads have used so far; 0 when it is not ours to see
cpu() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && awk -v t="$(getconf CLK_TCK)" '{printf "%.3f", ($14 + $15) / t}' "/proc/$1/stat" || echo 0; }
# one measurement of URL; prints the client's JSON line with the CPU of SERVER_PID and of the client added
load() {
  local url=$1 server_pid=$2 seconds=$3 before after out client_cpu
  before=$(cpu "$server_pid")
  if [ "$CLIENT" = wrk ]; then
    out=$( { TIMEFORMAT=%U+%S; time wrk -t"$WRK_THREADS" -c"$C" -d"${seconds}s" -s "$here/scripts/webhook-post.lua" "$url" | tail -1; } 2>"$ws/time")
  else
    out=$( { TIMEFORMAT=%U+%S; time node "$perf/load.mjs" "$url" "$N" "$C"; } 2>"$ws/time")
  fi
  after=$(cpu "$server_pid")
  client_cpu=$(python3 -c "print(eval(open('$ws/time').read().strip().replace(',', '.')))")
  python3 - "$out" "$before" "$after" "$client_cpu" <<'EOF'
import json, sys
d = json.loads(sys.argv[1]); before, after, client = map(float, sys.argv[2:5])
answers = max(1, d["requests"] + (201 if "url" in d else 0))  # load.mjs also sends 200 warm-up requests and a probe
d["server_cpu_s"] = round(after - before, 2); d["client_cpu_s"] = round(client, 2)
d["server_cpu_ms_per_1k"] = round((after - before) * 1e6 / answers, 1) if after > before else None
d["client_cpu_ms_per_1k"] = round(client * 1e6 / answers, 1)
print(json.dumps({k: v for k, v in d.items() if k not in ("url", "sample")}))
EOF
}
field() { python3 -c "import json,sys;d=json.load(sys.stdin);v=d.get('$1');print(v if d['errors']==0 and v is not None else 0)"; }
wait_up() {
  for _ in $(seq 1 100); do
    curl -fsS -m 2 -o /dev/null -X POST -H 'content-type: application/json' -d '{"n":-1,"status":"published"}' "$1" && return 0
    sleep 0.2
  done
  return 1
}

if [ "${CEILING:-1}" != 0 ]; then
  cport=$((20000 + RANDOM % 20000))
  node -e "const b=Buffer.from('{}');require('http').createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(200,{'content-type':'application/json','content-length':b.length});s.end(b)})}).listen($cport,'127.0.0.1')" &
  ceiling_pid=$!
  wait_up "http://127.0.0.1:$cport/" || { echo "the ceiling server did not start"; exit 1; }
  echo "client ceiling ($CLIENT, c=$C, a Node server answering {} at once): $(load "http://127.0.0.1:$cport/" "$ceiling_pid" "$DURATION")"
  kill "$ceiling_pid"; wait "$ceiling_pid" 2>/dev/null; ceiling_pid=
fi

for f in $flows; do
  id=$(python3 -c "import json;print(json.load(open('$perf/$f.json'))['id'])")
  urls=("$DXO_URL/flows/trigger/${dx[$f]}"); names=(directus); servers=("$dx_pid")
  for i in "${!jars[@]}"; do
    urls+=("http://127.0.0.1:${ports[$i]}/flows/trigger/$id"); names+=("${labels[$i]}"); servers+=("${pids[$i]}")
  done
  for i in "${!urls[@]}"; do
    wait_up "${urls[$i]}" || { echo "${names[$i]} does not answer ${urls[$i]}"; tail -5 "$ws"/serve-*.log; exit 1; }
    [ "$CLIENT" = wrk ] && load "${urls[$i]}" "${servers[$i]}" "$WARMUP" >/dev/null
  done
  declare -A rps=() p99=() scpu=()
  for r in $(seq 1 "$R"); do
    for i in "${!urls[@]}"; do
      out=$(load "${urls[$i]}" "${servers[$i]}" "$DURATION") || { echo "load on ${names[$i]} failed"; exit 1; }
      echo "$f round $r ${names[$i]} $out" >&2
      rps[$i]+=" $(echo "$out" | field rps)"; p99[$i]+=" $(echo "$out" | field p99_ms)"
      scpu[$i]+=" $(echo "$out" | field server_cpu_ms_per_1k)"
    done
  done
  for i in "${!urls[@]}"; do
    python3 - "$f" "$C" "${names[$i]}" "${rps[$i]}" "${p99[$i]}" "${scpu[$i]}" "${rps[0]}" <<'EOF'
import statistics as s, sys
flow, c, name, rps, p99, cpu, base = sys.argv[1:]
med = lambda v: s.median(float(x) for x in v.split())
r, d = med(rps), med(base)
ratio = "" if name == "directus" else f"  {r / d if d else 0:.2f}x directus"
print(f"{flow} {name:>10}: {r:7.0f} req/s  p99 {med(p99):6.1f} ms  server CPU {med(cpu):6.1f} ms/1k answers{ratio}"
      f"  (medians of {len(rps.split())}, c={c})")
EOF
  done
done
