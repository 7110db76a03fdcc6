#!/usr/bin/env bash
# Builds Flowsmith and writes the README's screenshots:
#   docs/screenshot.png               the main window with a workspace of the example flows
#   docs/screenshots/<example>.png    one per shipped example flow, zoomed to fit, entry tile selected
#   docs/screenshots/tests-view.png   the Tests view of the webhook example after Run All, 1366×768
#   docs/screenshots/start-page.png   the start page (no tab open) with the workspace under recent ones, 1366×768
#   docs/screenshots/tabs.png         two flows of the workspace in tabs, the first with an unsaved edit, 1366×768
#   docs/screenshots/canvas-*.png      a 3,000-operation flow opened fitted (tiles as blocks), and a tile
#                                      just made from a reject handle on the +18/+16 rhythm (CanvasShots)
#   docs/screenshots/run-inspector.png a finished run of the webhook example (run alone, in the scratch
#                                      workspace, so its retry queue is missing) with the step inspector open
# Under Xvfb (xvfb-run, with libgtk-3-0) the real GTK window is used; without it the same window
# renders headless under Monocle. Extra Maven flags (e.g. -o) can be passed in MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q ${MVN_FLAGS:-} -DskipTests package
# Monocle is a test dependency, so the tool runs on the test class path
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/screenshot-classpath.txt
classpath="target/flowsmith.jar:target/test-classes:$(cat target/screenshot-classpath.txt)"

examples=(email-on-publish invoice-totals scheduled-cleanup webhook-with-error-branch)
workspace=target/screenshot-workspace
rm -rf "$workspace"
mkdir -p "$workspace/flows" docs/screenshots
for flow in "${examples[@]}"; do
  cp "resources/examples/$flow.json" "$workspace/flows/"
done
echo '{}' > "$workspace/workspace.json"

shoot() {
  if command -v xvfb-run >/dev/null && [ -z "${FLOWSMITH_MONOCLE:-}" ]; then
    xvfb-run -a -s '-screen 0 1920x1200x24' java -cp "$classpath" -Dprism.order=sw \
      "${SHOT_CLASS:-dev.flowsmith.app.ScreenshotTool}" "$@"
  else
    java -cp "$classpath" \
      -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200-32 \
      -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
      "${SHOT_CLASS:-dev.flowsmith.app.ScreenshotTool}" "$@"
  fi
}

shoot "$workspace" docs/screenshot.png
shoot "$workspace" docs/screenshots/start-page.png --start
shoot "$workspace" docs/screenshots/tabs.png --tabs
for flow in "${examples[@]}"; do
  shoot "resources/examples/$flow.json" "docs/screenshots/$flow.png"
done
shoot resources/examples/webhook-with-error-branch.json docs/screenshots/run-inspector.png --run
# the inspector at a laptop size and a desktop size, and in focus mode (View › Focus Inspector)
for size in 1366x768 1920x1080; do
  shoot resources/examples/webhook-with-error-branch.json "docs/screenshots/inspector-$size.png" --run --size=$size
  shoot resources/examples/webhook-with-error-branch.json "docs/screenshots/inspector-focus-$size.png" --run --focus \
    --size=$size
done

# the Tests view at 1366×768: the webhook example with its shipped tests, after Run All
tests_workspace=target/screenshot-tests-workspace
rm -rf "$tests_workspace"
java -jar target/flowsmith.jar examples "$tests_workspace" >/dev/null
for flow in email-on-publish invoice-totals scheduled-cleanup; do
  rm "$tests_workspace/flows/$flow.json" "$tests_workspace/tests/$flow.test.json"
done
shoot "$tests_workspace" docs/screenshots/tests-view.png --tests

# the canvas at 1366×768: a fit of 3,000 operations, and a drag-created tile on the Studio's rhythm
SHOT_CLASS=dev.flowsmith.app.canvas.CanvasShots shoot resources/examples/webhook-with-error-branch.json docs/screenshots
