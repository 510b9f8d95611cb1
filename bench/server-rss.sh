#!/usr/bin/env bash
# Server memory with a large dataset: generates 100,000 accounts / 2,000 reps / 5,000 territories,
# starts `routingrules serve` (Release) on an empty database, imports the file through the admin
# API (timed), lets the process settle, and reads VmRSS / VmHWM from /proc/PID/status. Then it
# restarts the server on the same database (the steady state: data loaded from SQLite, no import
# garbage) and reads RSS again.
#
# Environment: ACCOUNTS (100000), REPS (2000), TERRITORIES (5000), SEED (42), PORT (50181),
#              SETTLE seconds (15), NO_BUILD=1 to reuse the Release build on disk.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/src/RoutingRules.Server"
DLL="$PROJECT/bin/Release/net10.0/routingrules.dll"
ACCOUNTS="${ACCOUNTS:-100000}"
REPS="${REPS:-2000}"
TERRITORIES="${TERRITORIES:-5000}"
SEED="${SEED:-42}"
PORT="${PORT:-50181}"
SETTLE="${SETTLE:-15}"
SERVER="http://127.0.0.1:$PORT"

WORK="$(mktemp -d)"
SERVER_PID=""
stop_server() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${NO_BUILD:-}" ]]; then
  echo "building $PROJECT (Release)"
  dotnet build "$PROJECT" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi

mib() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
field() { awk -v f="$1:" '$1 == f { print $2 }' "/proc/$SERVER_PID/status"; }

start_server() {
  dotnet "$DLL" serve --port "$PORT" --data "$WORK/db/routingrules.db" --no-demo >"$WORK/serve-$1.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    if grep -q "^routingrules listening on" "$WORK/serve-$1.log"; then
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      cat "$WORK/serve-$1.log"
      exit 1
    fi
    sleep 0.1
  done
  echo "server did not start" >&2
  exit 1
}

report() {
  sleep "$SETTLE"
  local rss hwm
  rss="$(field VmRSS)"
  hwm="$(field VmHWM)"
  echo "$1: VmRSS $(mib "$rss") MiB, VmHWM (peak) $(mib "$hwm") MiB"
}

echo "generating $ACCOUNTS accounts, $REPS reps, $TERRITORIES territories (seed $SEED)"
dotnet "$DLL" generate --accounts "$ACCOUNTS" --reps "$REPS" --territories "$TERRITORIES" --seed "$SEED" --out "$WORK/large.json"
echo "dataset file: $(du -m "$WORK/large.json" | cut -f1) MiB"

start_server import
report "empty server"
start=$(date +%s.%N)
dotnet "$DLL" import "$WORK/large.json" --server "$SERVER"
end=$(date +%s.%N)
echo "import through the API (CLI process: read JSON, stream, server validates + commits + snapshot): $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s"
report "after import, ${SETTLE}s settle"
stop_server

start=$(date +%s.%N)
start_server restart
end=$(date +%s.%N)
echo "restart on the loaded database until listening (store open + snapshot build): $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s"
report "restarted with the dataset loaded, ${SETTLE}s settle"
