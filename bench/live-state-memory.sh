#!/usr/bin/env bash
# Memory of the decisions in force: starts `routingrules serve` (Release) on a fresh database with
# the demo dataset, routes LEADS distinct leads through RouteLead (bench/lib/route_many.py: two in
# three from a contact of a demo account, the rest from unknown corporate domains; 64 in flight),
# stops the server, and measures what loading them costs in managed memory
# (`RoutingRules.Benchmarks -- live-state-memory`, see LiveStateMemoryCheck). Then it restarts the
# server on that database, times it until it answers, and reads its RSS after SETTLE seconds.
#
# Environment: LEADS (100000), SETTLE seconds (15), NO_BUILD=1 to reuse the Release builds on disk,
# KEEP_DB=PATH to keep a copy of the database (then `dotnet bench/RoutingRules.Benchmarks/bin/Release/
# net10.0/RoutingRules.Benchmarks.dll live-state-memory PATH` repeats the measurement alone).
set -euo pipefail

LEADS="${LEADS:-100000}"
SETTLE="${SETTLE:-15}"
CLIENTS=16 STREAMS=4
source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
BENCH="$ROOT/bench/RoutingRules.Benchmarks"

if [[ -z "${NO_BUILD:-}" ]]; then
  dotnet build "$BENCH" -c Release -nologo -v q >"$WORK/bench-build.log" 2>&1 || { cat "$WORK/bench-build.log"; exit 1; }
fi

wait_ready() {
  for _ in $(seq 1 600); do
    if [[ "$("$PY" "$LIB/route_many.py" "127.0.0.1:$PORT" "$ROOT/samples/demo-dataset.json" 1 1 "probe-$1-" 2>/dev/null | grep -c ' 0 failed')" == 1 ]]; then
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.1
  done
  echo "server did not answer" >&2
  exit 1
}

stop() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
}

start_server
wait_ready first
echo "routing $LEADS leads"
"$PY" "$LIB/route_many.py" "127.0.0.1:$PORT" "$ROOT/samples/demo-dataset.json" "$LEADS" 64 "lead-"
echo "decisions stored: $(decisions); database $(du -m "$DB" | cut -f1) MiB"
stop

if [[ -n "${KEEP_DB:-}" ]]; then
  cp "$DB" "$KEEP_DB"
  echo "database kept as $KEEP_DB"
fi
echo "managed memory, loaded as the server loads it:"
dotnet "$BENCH/bin/Release/net10.0/RoutingRules.Benchmarks.dll" live-state-memory "$DB"

NO_BUILD=1
start=$(date +%s.%N)
start_server
wait_ready again
end=$(date +%s.%N)
echo "restart until answering: $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s"
sleep "$SETTLE"
echo "restarted server after ${SETTLE}s: $(awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 } END { printf "VmRSS %.0f MiB, VmHWM (peak) %.0f MiB", rss / 1024, hwm / 1024 }' "/proc/$SERVER_PID/status")"
