#!/usr/bin/env bash
# Builds Flowsmith and runs the flow canvas benchmark (CanvasBench): time to open a 5,000-operation
# file and per-frame render times at 100 % and zoom-to-fit for 100, 1,000 and 5,000 operations.
# Runs headless under Monocle with the software pipeline, as the tests do, so it needs no display.
# Extra Maven flags (e.g. -o) can be passed in MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q ${MVN_FLAGS:-} -DskipTests package
# Monocle is a test dependency, so the benchmark runs on the test class path
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt

java -cp "target/flowsmith.jar:target/test-classes:$(cat target/bench-classpath.txt)" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1280x800-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
  dev.flowsmith.app.canvas.bench.CanvasBench
