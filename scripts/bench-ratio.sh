#!/usr/bin/env bash
# Same-run webhook throughput, Flowsmith `serve` against the Directus that is already running on
# DXO_URL (default http://127.0.0.1:8055, token DXO_TOKEN or dxo-static-admin-token), wherever it
# was started from: it never starts or stops Directus. Same flows (../shared/perf/bench-3step.json,
# exec-1step.json), one client (../shared/perf/load.mjs), alternating rounds, median per side.
# Flows it creates on Directus are named as in the files and deleted when it ends.
# Usage: scripts/bench-ratio.sh [N=3000] [C=8] [ROUNDS=2] [FLOWS="bench-3step exec-1step"]
# Extra serve options go in SERVE_OPTS (e.g. SERVE_OPTS=--no-history); JAVA_OPTS go to the serve JVM.
set -u
cd "$(dirname "$0")/.."
perf=${PERF_DIR:-../../shared/perf}
[ -d "$perf" ] || perf=/work/shared/perf
N=${1:-3000}; C=${2:-8}; R=${3:-2}; flows=${4:-"bench-3step exec-1step"}
export DXO_URL=${DXO_URL:-http://127.0.0.1:8055}
export DXO_TOKEN=${DXO_TOKEN:-dxo-static-admin-token}
jar=$PWD/target/flowsmith.jar
[ -f "$jar" ] || { echo "no $jar: mvn -q -DskipTests package"; exit 1; }
curl -fsS -m 5 "$DXO_URL/server/ping" >/dev/null || { echo "no Directus answers on $DXO_URL"; exit 1; }
# Directus 11 needs Node 22 for nothing here; load.mjs and deploy.mjs need only fetch (Node >= 18)
ws=$(mktemp -d); mkdir -p "$ws/flows"; port=$((20000 + RANDOM % 20000))
for f in $flows; do cp "$perf/$f.json" "$ws/flows/"; done
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" serve --workspace "$ws" --port "$port" ${SERVE_OPTS:-} >"$ws/serve.log" 2>&1 &
pid=$!
declare -A dx
cleanup() {
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  for f in $flows; do [ -n "${dx[$f]:-}" ] && node "$perf/deploy.mjs" --delete "${dx[$f]}" >/dev/null 2>&1; done
  rm -rf "$ws"
}
trap cleanup EXIT
for f in $flows; do dx[$f]=$(node "$perf/deploy.mjs" "$perf/$f.json") || { echo "deploy $f to Directus failed"; exit 1; }; done
field() { python3 -c "import json,sys;d=json.load(sys.stdin);print(d['$1'] if d['errors']==0 else 0)"; }
for f in $flows; do
  id=$(python3 -c "import json;print(json.load(open('$perf/$f.json'))['id'])")
  fs=(); ds=(); fp=(); dp=()
  for r in $(seq 1 "$R"); do
    d=$(node "$perf/load.mjs" "$DXO_URL/flows/trigger/${dx[$f]}" "$N" "$C") || { echo "load on Directus failed"; exit 1; }
    s=$(node "$perf/load.mjs" "http://127.0.0.1:$port/flows/trigger/$id" "$N" "$C") || { echo "load on Flowsmith failed"; tail -5 "$ws/serve.log"; exit 1; }
    echo "$f round $r directus  $d" >&2; echo "$f round $r flowsmith $s" >&2
    ds+=("$(echo "$d" | field rps)"); fs+=("$(echo "$s" | field rps)")
    dp+=("$(echo "$d" | field p99_ms)"); fp+=("$(echo "$s" | field p99_ms)")
  done
  python3 - "$f" "$C" "${fs[*]}" "${ds[*]}" "${fp[*]}" "${dp[*]}" <<'EOF'
import statistics as s, sys
name, c, fs, ds, fp, dp = sys.argv[1:]
med = lambda v: s.median(float(x) for x in v.split())
f, d = med(fs), med(ds)
print(f"{name}: flowsmith/directus = {f / d if d else 0:.2f}x  (flowsmith {f:.0f} req/s p99 {med(fp):.1f} ms, "
      f"directus {d:.0f} req/s p99 {med(dp):.1f} ms; medians, c={c})")
EOF
done
