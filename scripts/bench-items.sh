#!/usr/bin/env bash
# The item store at scale (issue 14 "Proof"). Run from the project root.
#   scripts/bench-items.sh            item-read-by-title.json (../shared/perf) through `flowsmith serve` on
#                                     1,000 and 100,000 rows, same client (load.mjs), same run: req/s and
#                                     their ratio; then the serve process's RSS with 1,000 and 1,000,000 rows.
#   scripts/bench-items.sh jmh [ARGS] ItemStoreBench (JMH, 100,000 rows): reads by key/s, filtered+sorted+
#                                     limited reads/s, batch create of 1,000 items (ms). ARGS go to JMH.
# Env: PERF (the perf folder), N (requests per round, 3000), C (concurrency, 8), ROUNDS (2), BIG (1000000 for the RSS check, 0 skips).
set -euo pipefail
cd "$(dirname "$0")/.."
# ../shared/perf beside the checkout (a worktree under wt/ looks one level further up), or PERF=DIR
perf=${PERF:-../shared/perf}
[ -d "$perf" ] || perf=../../shared/perf
mvn -o -q -DskipTests test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [[ "${1:-}" == jmh ]]; then
  shift
  exec java -cp "$cp" org.openjdk.jmh.Main 'dev.flowsmith.bench.ItemStoreBench' "$@"
fi
N=${N:-3000}; C=${C:-8}; ROUNDS=${ROUNDS:-2}; BIG=${BIG:-1000000}
id=$(python3 -c "import json;print(json.load(open('$perf/item-read-by-title.json'))['id'])")
pids=(); dirs=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  for d in "${dirs[@]:-}"; do [ -n "$d" ] && rm -rf "$d"; done; }
trap cleanup EXIT
# serve ROWS -> prints "PORT PID"
serve() {
  local ws; ws=$(mktemp -d); dirs+=("$ws"); mkdir -p "$ws/flows"
  cp "$perf/item-read-by-title.json" "$ws/flows/"
  java -cp "$cp" dev.flowsmith.bench.ItemRows "$ws" "$perf/bench-schema-snapshot.json" "$1" >&2
  local port=$((20000 + RANDOM % 20000))
  java -Xmx512m -cp "$cp" dev.flowsmith.Main serve --workspace "$ws" --port "$port" --no-history >"$ws/serve.log" 2>&1 &
  pids+=($!)
  echo "$port $!"
}
rps() { echo "$1" | python3 -c 'import json,sys;d=json.load(sys.stdin);print(d["rps"] if d["errors"]==0 else 0)'; }
read -r small_port small_pid < <(serve 1000)
read -r large_port large_pid < <(serve 100000)
smalls=(); larges=()
# one uncounted round each, so both JVMs are compiled before they are compared
node "$perf/load.mjs" "http://127.0.0.1:$small_port/flows/trigger/$id" "$N" "$C" >/dev/null
node "$perf/load.mjs" "http://127.0.0.1:$large_port/flows/trigger/$id" "$N" "$C" >/dev/null
for r in $(seq 1 "$ROUNDS"); do
  s=$(node "$perf/load.mjs" "http://127.0.0.1:$small_port/flows/trigger/$id" "$N" "$C")
  l=$(node "$perf/load.mjs" "http://127.0.0.1:$large_port/flows/trigger/$id" "$N" "$C")
  echo "round $r 1,000 rows: $s" >&2; echo "round $r 100,000 rows: $l" >&2
  smalls+=("$(rps "$s")"); larges+=("$(rps "$l")")
done
python3 -c "
import statistics as s
a=s.median([float(x) for x in '${smalls[*]}'.split()]); b=s.median([float(x) for x in '${larges[*]}'.split()])
print(f'item-read-by-title: 1,000 rows {a:.0f} req/s, 100,000 rows {b:.0f} req/s, ratio {b/a:.2f} (c=$C, median of $ROUNDS)')"
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }
echo "RSS after load: 1,000 rows $(rss "$small_pid") MB, 100,000 rows $(rss "$large_pid") MB"
if [ "$BIG" -gt 0 ]; then
  read -r big_port big_pid < <(serve "$BIG")
  node "$perf/load.mjs" "http://127.0.0.1:$big_port/flows/trigger/$id" "$N" "$C" >&2
  echo "RSS after load: $BIG rows $(rss "$big_pid") MB"
fi
