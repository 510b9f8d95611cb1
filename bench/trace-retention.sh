#!/usr/bin/env bash
# Trace retention's cost to routing. Starts `routingrules serve` (Release) on a fresh database with
# the demo dataset, routes LEADS distinct leads through RouteLead (bench/lib/route_many.py, 64 in
# flight) and stops the server. Then:
#  1. RouteLead under load while a retention pass runs: the decisions are dated 84 days back, and
#     a server is started on a copy of the database, with `--trace-retention-days 30` (its start-up
#     pass removes every trace while h2load runs) or without it, alternately, ROUNDS times each;
#     h2load sends REQUESTS reroutes (16 connections x 4 streams) as soon as the server answers.
#  2. The removal alone, in the server's chunks of 500 (`RoutingRules.Benchmarks -- trace-retention`,
#     see TraceRetentionCheck): how long each chunk holds the decision log's connection, which is
#     the longest a group commit waits for it.
#
# Environment: LEADS (100000), ROUNDS (3), REQUESTS (40000), NO_BUILD=1 to reuse the Release builds.
set -euo pipefail

LEADS="${LEADS:-100000}"
ROUNDS="${ROUNDS:-3}"
REQUESTS="${REQUESTS:-40000}"
CLIENTS=16 STREAMS=4
source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
BENCH="$ROOT/bench/RoutingRules.Benchmarks"
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"

if [[ -z "${NO_BUILD:-}" ]]; then
  dotnet build "$BENCH" -c Release -nologo -v q >"$WORK/bench-build.log" 2>&1 || { cat "$WORK/bench-build.log"; exit 1; }
fi

start_server_with_leads "$LEADS"
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
echo "decisions stored: $(decisions); database $(du -m "$DB" | cut -f1) MiB"

# Dated back in place (the removal timed at the end removes every trace whatever its date).
"$PY" - "$DB" <<'PYEOF'
import datetime, sqlite3, sys
# Stored instants are ISO-8601 UTC text: moving the date part moves the decision in time.
day = (datetime.date.today() - datetime.timedelta(days=84)).isoformat()
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE decisions SET decided_at = ? || substr(decided_at, 11)", (day,))
db.commit()
PYEOF
write_route_body
echo "RouteLead while the start-up pass removes the traces (retain) or without one (keep):"
echo "mode    round   req/s  failed  p50_ms  p99_ms    2xx"
for round in $(seq 1 "$ROUNDS"); do
  for mode in keep retain; do
    rm -f "$WORK/$mode.db-wal" "$WORK/$mode.db-shm"
    cp "$DB" "$WORK/$mode.db"
    options=()
    [[ "$mode" == retain ]] && options=(--trace-retention-days 30)
    PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    dotnet "$DLL" serve --port "$PORT" --data "$WORK/$mode.db" "${options[@]}" >"$WORK/$mode.log" 2>&1 </dev/null &
    SERVER_PID=$!
    BASE="http://127.0.0.1:$PORT"
    for _ in $(seq 1 600); do
      if load "$ROUTE_PATH" "$WORK/route.bin" 1 "$WORK/probe" 2>/dev/null | grep -q ' 1$'; then
        break
      fi
      kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/$mode.log"; exit 1; }
      sleep 0.05
    done
    printf '%-7s %5s  %s\n' "$mode" "$round" "$(load "$ROUTE_PATH" "$WORK/route.bin" "$REQUESTS" "$WORK/run-$mode" | awk '{ printf "%6d  %6d  %6.2f  %6.2f  %5d", $1, $2, $3, $4, $5 }')"
    # Let a pass still under way finish, so its log line is there.
    sleep 6
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    grep -h "Trace retention" "$WORK/$mode.log" | sed 's/^.*Trace retention/        server: Trace retention/' || true
  done
done

echo "the removal alone, on the database as routed:"
dotnet "$BENCH/bin/Release/net10.0/RoutingRules.Benchmarks.dll" trace-retention "$DB"
echo "database afterwards: $(du -m "$DB" | cut -f1) MiB, $("$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA freelist_count").fetchone()[0])' "$DB") free pages for later traces"
