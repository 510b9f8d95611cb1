#!/usr/bin/env bash
# A backup's cost to routing: starts `routingrules serve` (Release) on a fresh database with the
# demo dataset, routes LEADS distinct leads through RouteLead (bench/lib/route_many.py) so that
# the database holds what a busy server holds, warms RouteLead up, then alternates ROUNDS times
# an h2load run of REQUESTS reroutes (16 connections x 4 streams) alone and the same run with
# `routingrules backup` started alongside it. Prints each run's req/s and p99 and each backup's
# size and duration.
#
# Environment: LEADS (100000), ROUNDS (3), REQUESTS (60000), WARMUP (60000), RATE (the backup's
#              --max-rate in MiB/s, 0 = none), NO_BUILD=1.
set -euo pipefail

LEADS="${LEADS:-100000}"
ROUNDS="${ROUNDS:-3}"
REQUESTS="${REQUESTS:-60000}"
WARMUP="${WARMUP:-60000}"
RATE="${RATE:-0}"
CLIENTS=16 STREAMS=4
source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"

start_server_with_leads "$LEADS"
echo "decisions stored: $(decisions); database $(du -m "$DB" | cut -f1) MiB"
write_route_body
warm_up "$ROUTE_PATH" "$WORK/route.bin" "$WARMUP" "$WORK/warm"

echo "run     round   req/s  failed  p50_ms  p99_ms    2xx"
for round in $(seq 1 "$ROUNDS"); do
  for mode in alone backup; do
    if [[ "$mode" == backup ]]; then
      copy="$WORK/copy-$round.db"
      ( start=$(date +%s.%N)
        dotnet "$DLL" backup --out "$copy" --max-rate "$RATE" --server "$BASE" >"$WORK/backup-$round.log" 2>&1
        end=$(date +%s.%N)
        echo "        backup: $(du -m "$copy" | cut -f1) MiB in $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s (CLI start to file checked)" >"$WORK/backup-$round.time" ) &
      backup_pid=$!
    fi
    printf '%-7s %5s  %s\n' "$mode" "$round" "$(load "$ROUTE_PATH" "$WORK/route.bin" "$REQUESTS" "$WORK/run-$mode-$round" | awk '{ printf "%6d  %6d  %6.2f  %6.2f  %5d", $1, $2, $3, $4, $5 }')"
    if [[ "$mode" == backup ]]; then
      wait "$backup_pid" || { cat "$WORK/backup-$round.log"; exit 1; }
      cat "$WORK/backup-$round.time"
      grep -h "Database backup" "$WORK/server.log" | tail -1 | sed 's/^.*Database backup/        server: Database backup/' || true
      rm -f "$copy"
    fi
  done
done
