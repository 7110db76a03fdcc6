#!/usr/bin/env bash
# Builds Flowsmith and writes docs/screenshot.png: the main window with a workspace of the
# example flows open (the first flow shown on the canvas). Runs headless under Monocle, so it
# needs no display. Extra Maven flags (e.g. -o) can be passed in MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q ${MVN_FLAGS:-} -DskipTests package
# Monocle is a test dependency, so the tool runs on the test class path
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/screenshot-classpath.txt

workspace=target/screenshot-workspace
rm -rf "$workspace"
mkdir -p "$workspace/flows"
for flow in email-on-publish invoice-totals scheduled-cleanup webhook-with-error-branch; do
  cp "resources/examples/$flow.json" "$workspace/flows/"
done
echo '{}' > "$workspace/workspace.json"

java -cp "target/flowsmith.jar:target/test-classes:$(cat target/screenshot-classpath.txt)" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1280x800-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
  dev.flowsmith.app.ScreenshotTool "$workspace" docs/screenshot.png
