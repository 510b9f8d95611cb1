#!/usr/bin/env bash
# RouteLead throughput of two revisions side by side: builds BASE (a git revision, in a temporary
# worktree) and the working tree, starts both servers (demo dataset, fresh databases), warms both
# up, then alternates h2load runs between them (16 connections x 4 streams, the reroute body of
# route-load.sh) and prints each run's req/s, p50, p99, server CPU per request and bytes the
# server wrote to storage per request (WAL and checkpoints). Alternating
# in one go is what makes a before/after figure meaningful on a noisy machine.
#
# Usage: bench/route-compare.sh BASE_REVISION
# Environment: REQUESTS (default 30000), RUNS (3), WARMUP (60000), CLIENTS (16), STREAMS (4).
set -euo pipefail

BASE_REV="${1:?usage: bench/route-compare.sh BASE_REVISION}"
REQUESTS="${REQUESTS:-30000}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-60000}"
CLIENTS="${CLIENTS:-16}"
STREAMS="${STREAMS:-4}"
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"

# Provides WORK, ROOT, PY, write_route_body, load and server_cpu_us (the last two read BASE and SERVER_PID).
source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
declare -A PORT PID
cleanup() {
  for pid in "${PID[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  git -C "$ROOT" worktree remove --force "$WORK/base" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

git -C "$ROOT" worktree add --detach "$WORK/base" "$BASE_REV" >/dev/null 2>&1
for side in base head; do
  tree="$ROOT"
  [[ "$side" == base ]] && tree="$WORK/base"
  echo "building $tree (Release)"
  dotnet build "$tree/src/RoutingRules.Server" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
  PORT[$side]="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  dotnet "$tree/src/RoutingRules.Server/bin/Release/net10.0/routingrules.dll" serve --port "${PORT[$side]}" \
    --data "$WORK/$side.db" >"$WORK/$side.log" 2>&1 </dev/null &
  PID[$side]=$!
done
write_route_body

# Points load and server_cpu_us at one side's server.
use() {
  BASE="http://127.0.0.1:${PORT[$1]}"
  SERVER_PID="${PID[$1]}"
}

for side in base head; do
  use "$side"
  for _ in $(seq 1 150); do
    if load "$ROUTE_PATH" "$WORK/route.bin" 1 "$WORK/probe" 2>/dev/null | grep -q ' 1$'; then
      break
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/$side.log"; exit 1; }
    sleep 0.2
  done
  warm_up "$ROUTE_PATH" "$WORK/route.bin" "$WARMUP" "$WORK/warm-$side"
done

echo "base = $(git -C "$ROOT" rev-parse --short "$BASE_REV"), head = working tree of $(git -C "$ROOT" rev-parse --short HEAD)"
printf '%-5s %-4s %10s %8s %8s %11s %12s\n' side run req/s p50_ms p99_ms cpu_us/req written_B/req
for run in $(seq 1 "$RUNS"); do
  for side in base head; do
    use "$side"
    before="$(server_cpu_us)"
    written_before="$(server_write_bytes)"
    read -r rps failed p50 p99 ok < <(load "$ROUTE_PATH" "$WORK/route.bin" "$REQUESTS" "$WORK/$side-$run")
    ((failed == 0 && ok == REQUESTS)) || echo "warning: $side run $run had $failed failed requests and $ok 2xx" >&2
    printf '%-5s %-4s %10s %8s %8s %11s %12s\n' "$side" "$run" "$rps" "$p50" "$p99" $((($(server_cpu_us) - before) / REQUESTS)) \
      $((($(server_write_bytes) - written_before) / REQUESTS))
  done
done
