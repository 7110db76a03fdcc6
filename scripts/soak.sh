#!/usr/bin/env bash
# Soak benchmark for `flowsmith serve` (issue 17; not a timed test): serves a three-step webhook flow
# (transform → condition → log, with run history on) and drives it for SECONDS at C connections with
# scripts/soak.mjs — good, slow and malformed clients — while sampling the server's heap after a GC
# and its resident memory every 10 s. Prints the client's JSON line and the memory samples.
# Usage, from the project root after `mvn -q -DskipTests package`:
#   bash scripts/soak.sh [C=64] [SECONDS=60] [SLOW=8] [MALFORMED=8]
set -euo pipefail
C=${1:-64}; SECONDS_=${2:-60}; SLOW=${3:-8}; BAD=${4:-8}
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/target/flowsmith.jar
# FLOWSMITH overrides how serve is started (e.g. "java -cp target/classes:$(cat cp.txt) dev.flowsmith.Main")
FLOWSMITH=${FLOWSMITH:-java -Xmx512m -jar $jar}
[ -n "${FLOWSMITH##*-jar*}" ] || [ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first"; exit 1; }
command -v node >/dev/null || { echo "node (18+) is needed for the soak client"; exit 1; }
ws=$(mktemp -d); mkdir -p "$ws/flows"
cat >"$ws/flows/soak.json" <<'EOF'
{"id":"soak","name":"Soak","status":"active","trigger":"webhook","accountability":"all",
 "options":{"method":"POST"},"operation":"shape","operations":[
 {"id":"shape","name":"shape","key":"shape","type":"transform","position_x":19,"position_y":1,
  "options":{"json":{"n":"{{$trigger.body.n}}","status":"{{$trigger.body.status}}"}},"resolve":"check","reject":null},
 {"id":"check","name":"check","key":"check","type":"condition","position_x":37,"position_y":1,
  "options":{"filter":{"shape":{"status":{"_eq":"published"}}}},"resolve":"log","reject":null},
 {"id":"log","name":"log","key":"log","type":"log","position_x":55,"position_y":1,
  "options":{"message":"item {{shape.n}}"},"resolve":null,"reject":null}]}
EOF
port=$((20000 + RANDOM % 20000))
$FLOWSMITH serve --workspace "$ws" --port "$port" >"$ws/serve.out" 2>"$ws/serve.err" & pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$ws"; }
trap cleanup EXIT
for _ in $(seq 1 100); do grep -q "Listening on" "$ws/serve.out" 2>/dev/null && break; sleep 0.2; done
sample() { # heap used after a full GC (KB), and resident set size (KB)
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  local heap; heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | tr -dc 0-9)
  echo "t=${1} heap_after_gc_kb=${heap:-?} rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
}
sample 0s
node "$root/scripts/soak.mjs" "http://127.0.0.1:$port/flows/trigger/soak" "$C" "$SECONDS_" "$SLOW" "$BAD" >"$ws/soak.json" &
client=$!
for t in $(seq 10 10 "$SECONDS_"); do sleep 10; kill -0 "$client" 2>/dev/null || break; sample "${t}s"; done
wait "$client"
sample end
cat "$ws/soak.json"
echo "runs kept under runs/: $(find "$ws/runs" -name '*.json' 2>/dev/null | wc -l) (runHistoryLimit 100 per flow)"
grep -c "not kept" "$ws/serve.err" | sed 's/^/history-behind reports on stderr: /' || true
grep -vE '^SLF4J' "$ws/serve.err" | grep -v "not kept" | head -5 || true
