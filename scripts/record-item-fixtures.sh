#!/usr/bin/env bash
# Re-records the item differential fixtures (src/test/resources/itemdiff) from a real Directus 11.11:
# drops and re-creates the storediff_ collections and the storediff_limited role/policy/user on the
# server, seeds generated rows, records every read, write and permission case with the server's
# exact answer (tools/item-oracle/record.mjs), then replays them (ItemDiffReplayTest) and rewrites
# known-differences.txt to what still differs. Review `git diff src/test/resources/itemdiff` after.
#
#   scripts/record-item-fixtures.sh            # server from /tmp/dxo (scripts/directus-server.sh)
#   DXO_DIR=/path scripts/record-item-fixtures.sh
#   scripts/record-item-fixtures.sh --replay   # no server: only replay and rewrite the list
set -euo pipefail
cd "$(dirname "$0")/.."
DXO_DIR=${DXO_DIR:-/tmp/dxo}
if [[ "${1:-}" != --replay ]]; then
  # shellcheck disable=SC1091
  . "$DXO_DIR/env.sh"
  curl -fsS "$DXO_URL/server/health" >/dev/null || { echo "no Directus at $DXO_URL (start it: ../shared/directus/start.sh)" >&2; exit 1; }
  node tools/item-oracle/record.mjs src/test/resources/itemdiff
fi
mvn -o -q -Dtest=ItemDiffReplayTest -Ditemdiff.rewrite=true -Dsurefire.failIfNoSpecifiedTests=false test >/dev/null 2>&1 || true
mvn -o -q -Dtest=ItemDiffReplayTest -Dsurefire.failIfNoSpecifiedTests=false test
head -16 target/itemdiff-report.txt
du -sh src/test/resources/itemdiff
