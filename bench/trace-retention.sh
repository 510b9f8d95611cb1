#!/usr/bin/env bash
# Trace retention's cost to commits: starts `routingrules serve` (Release) on a fresh database with
# the demo dataset, routes LEADS distinct leads through RouteLead (bench/lib/route_many.py, 64 in
# flight), stops the server, then removes every stored trace in the server's chunks
# (`RoutingRules.Benchmarks -- trace-retention`, see TraceRetentionCheck) and prints how long each
# chunk held the decision log's connection, which is the longest a group commit waits for it.
#
# Environment: LEADS (100000), NO_BUILD=1 to reuse the Release builds on disk.
set -euo pipefail

LEADS="${LEADS:-100000}"
CLIENTS=16 STREAMS=4
source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
BENCH="$ROOT/bench/RoutingRules.Benchmarks"

if [[ -z "${NO_BUILD:-}" ]]; then
  dotnet build "$BENCH" -c Release -nologo -v q >"$WORK/bench-build.log" 2>&1 || { cat "$WORK/bench-build.log"; exit 1; }
fi

start_server
for _ in $(seq 1 600); do
  if [[ "$("$PY" "$LIB/route_many.py" "127.0.0.1:$PORT" "$ROOT/samples/demo-dataset.json" 1 1 "probe-" 2>/dev/null | grep -c ' 0 failed')" == 1 ]]; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.1
done

echo "routing $LEADS leads"
"$PY" "$LIB/route_many.py" "127.0.0.1:$PORT" "$ROOT/samples/demo-dataset.json" "$LEADS" 64 "lead-"
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
echo "decisions stored: $(decisions); database $(du -m "$DB" | cut -f1) MiB"
dotnet "$BENCH/bin/Release/net10.0/RoutingRules.Benchmarks.dll" trace-retention "$DB"
echo "database afterwards: $(du -m "$DB" | cut -f1) MiB, $("$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA freelist_count").fetchone()[0])' "$DB") free pages for later traces"
