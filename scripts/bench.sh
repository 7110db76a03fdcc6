#!/usr/bin/env bash
# One table of Flowsmith's speed (issue 15 "Proof"): engine runs/s and webhook req/s in process
# (WebhookBench), warm exec call p50/p99 through the worker JVMs and in process (ExecLatency),
# and, when target/flowsmith.jar exists, the same-run webhook ratio against the Directus running on
# 127.0.0.1:8055 (scripts/bench-ratio.sh: 3-step and 1-exec flows, wrk or CLIENT=node). Run from the project root.
# Usage: scripts/bench.sh [--no-directus]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
java_opts=(-Dpolyglot.engine.WarnInterpreterOnly=false -cp "$cp")
echo "== engine and webhook (in process, 8 clients)"
java "${java_opts[@]}" dev.flowsmith.workspace.bench.WebhookBench
echo "== exec warm call (500 warm-up calls, then 2,000 timed, one after another)"
java "${java_opts[@]}" dev.flowsmith.bench.ExecLatency both 500 2000
if [ "${1:-}" != "--no-directus" ] && [ -f target/flowsmith.jar ]; then
  echo "== webhook req/s against Directus 11.11, same run (concurrency 8, medians of 3 rounds)"
  bash scripts/bench-ratio.sh 3000 8 3 2>/dev/null
else
  echo "(no Directus ratio: build target/flowsmith.jar with mvn -q -DskipTests package, or drop --no-directus)"
fi
