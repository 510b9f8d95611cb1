#!/usr/bin/env bash
# RouteLead throughput of two revisions side by side: builds BASE (a git revision, in a temporary
# worktree) and the working tree, starts both servers (demo dataset, fresh databases), warms both
# up, then alternates h2load runs between them (16 connections x 4 streams, the same reroute body
# as route-load.sh) and prints each run's req/s, p50, p99 and server CPU per request. Alternating
# in one go is what makes a before/after figure meaningful on a noisy machine.
#
# Usage: bench/route-compare.sh BASE_REVISION
# Environment: REQUESTS (default 30000), RUNS (3), WARMUP (30000), CLIENTS (16), STREAMS (4).
set -euo pipefail

BASE_REV="${1:?usage: bench/route-compare.sh BASE_REVISION}"
REQUESTS="${REQUESTS:-30000}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-30000}"
CLIENTS="${CLIENTS:-16}"
STREAMS="${STREAMS:-4}"
LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)"
ROOT="$(cd "$LIB/../.." && pwd)"
PY=/usr/bin/python3
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"

command -v h2load >/dev/null || { echo "h2load missing: apt-get install nghttp2-client" >&2; exit 1; }
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  git -C "$ROOT" worktree remove --force "$WORK/base" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

git -C "$ROOT" worktree add --detach "$WORK/base" "$BASE_REV" >/dev/null 2>&1
for tree in "$WORK/base" "$ROOT"; do
  echo "building $tree (Release)"
  dotnet build "$tree/src/RoutingRules.Server" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
done

{ printf 'import sys\nsys.path.insert(0, %s)\nfrom protowire import *\n' "'$LIB'"; cat <<'PYEOF'
lead = (text(1, "bench-lead-1") + text(2, "jane.doe@gmail.com") + text(8, "Boulangerie Nouvelle")
        + text(11, "FR") + text(13, "75") + text(16, "retail") + field(18, 0, varint(120)) + field(29, 2, varint(1)))
sys.stdout.buffer.write(frame(field(1, 2, lead) + field(3, 0, varint(1))))
PYEOF
} | "$PY" - >"$WORK/route.bin"

declare -A PORT PID
for side in base head; do
  tree="$ROOT"; [[ "$side" == base ]] && tree="$WORK/base"
  PORT[$side]="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  dotnet "$tree/src/RoutingRules.Server/bin/Release/net10.0/routingrules.dll" serve --port "${PORT[$side]}" \
    --data "$WORK/$side.db" >"$WORK/$side.log" 2>&1 </dev/null &
  PID[$side]=$!
  PIDS+=("$!")
done

load() {
  local side="$1" requests="$2" log="$3"
  h2load -n "$requests" -c "$CLIENTS" -m "$STREAMS" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$WORK/route.bin" --log-file "$log" "http://127.0.0.1:${PORT[$side]}$ROUTE_PATH" >"$log.out" 2>&1
}

for side in base head; do
  for _ in $(seq 1 150); do
    load "$side" 1 "$WORK/probe" && grep -q "1 2xx" "$WORK/probe.out" && break
    kill -0 "${PID[$side]}" 2>/dev/null || { cat "$WORK/$side.log"; exit 1; }
    sleep 0.2
  done
  load "$side" "$WARMUP" "$WORK/warm-$side"
done

cpu_us() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%.0f\n", ($14 + $15) * 1000000 / tick }' "/proc/$1/stat"; }
echo "base = $(git -C "$ROOT" rev-parse --short "$BASE_REV"), head = working tree of $(git -C "$ROOT" rev-parse --short HEAD)"
printf '%-5s %-4s %10s %8s %8s %11s\n' side run req/s p50_ms p99_ms cpu_us/req
for run in $(seq 1 "$RUNS"); do
  for side in base head; do
    before="$(cpu_us "${PID[$side]}")"
    load "$side" "$REQUESTS" "$WORK/$side-$run"
    read -r rps failed p50 p99 ok < <("$PY" "$LIB/h2load_stats.py" "$WORK/$side-$run")
    ((failed == 0 && ok == REQUESTS)) || echo "warning: $side run $run had $failed failed requests and $ok 2xx" >&2
    printf '%-5s %-4s %10s %8s %8s %11s\n' "$side" "$run" "$rps" "$p50" "$p99" $(( ($(cpu_us "${PID[$side]}") - before) / REQUESTS ))
  done
done
