#!/usr/bin/env bash
# The engine in process (JMH, one thread): runs/s of the 3-step flow and of one-operation flows
# per type. Extra arguments go to JMH, e.g. `scripts/bench-engine.sh -p type=none,transform -wi 1`.
# `scripts/bench-engine.sh chain` prints how a run's cost grows with the flow's length instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -DskipTests test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [[ "${1:-}" == chain ]]; then
  shift
  exec java -cp "$cp" dev.flowsmith.bench.ChainLengthBench "$@"
fi
exec java -cp "$cp" org.openjdk.jmh.Main 'dev.flowsmith.bench.EngineBench' "$@"
