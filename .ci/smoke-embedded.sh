#!/usr/bin/env bash
# Starts the built API without DATABASE_URL (embedded PostgreSQL) on a fresh data directory:
# ready within 60 s, the served OpenAPI document passes the API Design Rules linter, SIGTERM
# stops it cleanly, and a second start on the same directory is ready again (not corrupted).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/apps/api/src/main.js ] || npm run build
dir=$(mktemp -d)
port=${SMOKE_PORT:-3310}
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT

start_app() {
  if [ -n "${SMOKE_DATABASE_URL:-}" ]; then
    DATABASE_URL="$SMOKE_DATABASE_URL" DATA_DIR="$dir/data" PORT="$port" PUBLIC_URL=https://schakel.example.org \
      node_modules/.bin/node dist/apps/api/src/main.js >>"$dir/app.log" 2>&1 &
  else
    env -u DATABASE_URL DATA_DIR="$dir/data" PORT="$port" PUBLIC_URL=https://schakel.example.org \
      node_modules/.bin/node dist/apps/api/src/main.js >>"$dir/app.log" 2>&1 &
  fi
  pid=$!
  local t0
  t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null 2>&1; then
      echo "ready after $(( ($(date +%s%N) - t0) / 1000000 )) ms ($1)"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$dir/app.log"; echo "the app exited during start-up"; exit 1; }
    sleep 0.1
  done
  cat "$dir/app.log"; echo "not ready within 60 s"; exit 1
}

stop_app() {
  kill -TERM "$pid"
  local rc=0
  wait "$pid" || rc=$?
  if [ "$rc" -ne 0 ]; then cat "$dir/app.log"; echo "exit code $rc after SIGTERM"; exit 1; fi
  grep -q '"msg":"Stopped cleanly"' "$dir/app.log" || { cat "$dir/app.log"; echo "no clean stop logged"; exit 1; }
  [ ! -e "$dir/data/.schakel.lock" ] || { echo "lock file left behind"; exit 1; }
  echo "stopped cleanly"
}

start_app "fresh data directory"
grep -q '"databaseMode":"embedded"' "$dir/app.log" || { cat "$dir/app.log"; echo "not in embedded mode"; exit 1; }
curl -fsS "http://127.0.0.1:$port/api/v1/openapi.json" -o "$dir/openapi.json"
npx spectral lint --fail-severity=warn -r ../shared/adr-linter/spectral.yml "$dir/openapi.json"
stop_app
start_app "reopened data directory"
curl -fsS "http://127.0.0.1:$port/api/v1/health/ready"; echo
stop_app
# audit:verify on the embedded data directory (the app is stopped: one process at a time).
env -u DATABASE_URL DATA_DIR="$dir/data" node_modules/.bin/node dist/apps/api/src/audit-verify.js

# The built app must honour DATABASE_URL (a real PostgreSQL, fresh database).
db="schakel_smoke_$$"
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" postgres
: >"$dir/app.log"
SMOKE_DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$db" start_app "PostgreSQL 15, fresh database"
grep -q '"databaseMode":"external"' "$dir/app.log" || { cat "$dir/app.log"; echo "DATABASE_URL was not used"; exit 1; }
stop_app
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $db WITH (FORCE)" postgres
echo "smoke test passed"
