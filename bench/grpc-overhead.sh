#!/usr/bin/env bash
# gRPC layer overhead: h2load against a trivial unary method served by the layer and against a
# bare Kestrel endpoint that writes the same bytes by hand, on one server, alternating runs.
# Prints per-run and median req/s, failed requests, p50/p99 latency, and the ratio layer/bare.
#
# Environment: REQUESTS (default 200000), CLIENTS (16), STREAMS (32), RUNS (3), WARMUP (300000),
#              NO_BUILD=1 to reuse the Release build on disk.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/bench/RoutingRules.Bench.GrpcHost"
DLL="$PROJECT/bin/Release/net10.0/RoutingRules.Bench.GrpcHost.dll"
REQUESTS="${REQUESTS:-200000}"
CLIENTS="${CLIENTS:-16}"
STREAMS="${STREAMS:-32}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-300000}"
LAYER_PATH="/routingrules.bench.v1.Echo/Empty"
BARE_PATH="/routingrules.bench.v1.Bare/Empty"
PY=/usr/bin/python3

for tool in h2load nghttp; do
  command -v "$tool" >/dev/null || { echo "$tool missing: apt-get install nghttp2-client" >&2; exit 1; }
done

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${NO_BUILD:-}" ]]; then
  echo "building $PROJECT (Release)"
  dotnet build "$PROJECT" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi

PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
dotnet "$DLL" --port "$PORT" >"$WORK/server.log" 2>&1 </dev/null &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"

# One empty message: compressed flag 0, length 0.
printf '\x00\x00\x00\x00\x00' >"$WORK/body.bin"
probe() {
  nghttp -v -d "$WORK/body.bin" -H 'content-type: application/grpc' -H 'te: trailers' "$BASE$1" 2>&1
}
for _ in $(seq 1 100); do
  probe "$BARE_PATH" | grep -q 'grpc-status: 0' && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.2
done

# Both endpoints must answer the same way, or the comparison means nothing.
for name in layer bare; do
  path_var="${name^^}_PATH"
  probe "${!path_var}" | sed -nE 's/.*recv \(stream_id=[0-9]+\) ([a-z:-]+): (.*)/\1: \2/p' |
    grep -v '^date:' | sort >"$WORK/$name.headers"
  nghttp -d "$WORK/body.bin" -H 'content-type: application/grpc' -H 'te: trailers' "$BASE${!path_var}" |
    od -An -tx1 | tr -s ' \n' ' ' >"$WORK/$name.body"
  echo "$name: headers [$(paste -sd';' "$WORK/$name.headers")] body [$(cat "$WORK/$name.body")]"
done
grep -q 'grpc-status: 0' "$WORK/layer.headers" || { echo "the layer endpoint does not answer OK" >&2; exit 1; }
cmp -s "$WORK/layer.headers" "$WORK/bare.headers" || { echo "headers differ" >&2; exit 1; }
cmp -s "$WORK/layer.body" "$WORK/bare.body" || { echo "bodies differ" >&2; exit 1; }

allocated() {
  nghttp "$BASE/stats/allocated-bytes"
}

# Runs h2load once; prints "req_per_s failed p50_ms p99_ms 2xx bytes_allocated_per_request".
load() {
  local path="$1" requests="$2" log="$3" before
  before="$(allocated)"
  h2load -n "$requests" -c "$CLIENTS" -m "$STREAMS" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$WORK/body.bin" --log-file "$log" "$BASE$path" >"$log.out" 2>&1 || { cat "$log.out" >&2; return 1; }
  local stats per_request
  stats="$("$PY" "$ROOT/bench/lib/h2load_stats.py" "$log")"
  per_request="$("$PY" -c 'import sys; print("%.0f" % ((int(sys.argv[2]) - int(sys.argv[1])) / int(sys.argv[3])))' "$before" "$(allocated)" "$requests")"
  echo "$stats $per_request"
}

echo "warm-up: $WARMUP requests per endpoint"
load "$LAYER_PATH" "$WARMUP" "$WORK/warm-layer" >/dev/null
load "$BARE_PATH" "$WARMUP" "$WORK/warm-bare" >/dev/null

echo "h2load -n $REQUESTS -c $CLIENTS -m $STREAMS, $RUNS runs per endpoint, alternating"
printf '%-6s %-4s %10s %7s %8s %8s %8s %8s\n' endpoint run req/s failed p50_ms p99_ms 2xx B/req
for run in $(seq 1 "$RUNS"); do
  # ABBA order: a load that drifts during the invocation does not favour one endpoint.
  order="layer bare"
  ((run % 2 == 0)) && order="bare layer"
  for name in $order; do
    path_var="${name^^}_PATH"
    read -r rps failed p50 p99 ok bytes < <(load "${!path_var}" "$REQUESTS" "$WORK/$name-$run")
    printf '%-6s %-4s %10s %7s %8s %8s %8s %8s\n' "$name" "$run" "$rps" "$failed" "$p50" "$p99" "$ok" "$bytes"
    echo "$rps $failed $p50 $p99 $ok $bytes" >>"$WORK/$name.results"
  done
done

"$PY" - "$WORK/layer.results" "$WORK/bare.results" "$REQUESTS" "$ROOT/bench/lib" <<'EOF'
import statistics, sys
sys.path.insert(0, sys.argv[4])
from run_results import per_run_ratios, summary
requests = int(sys.argv[3])
layer = summary(sys.argv[1], requests, medians=[("bytes", 5)])
bare = summary(sys.argv[2], requests, medians=[("bytes", 5)])
for name, s in (("layer", layer), ("bare", bare)):
    print("%s median: %.0f req/s, failed %d, non-2xx %d, p50 %.2f ms, p99 %.2f ms, %.0f B allocated/request"
          % (name, s["rps"], s["failed"], s["non2xx"], s["p50"], s["p99"], s["bytes"]))
ratio = layer["rps"] / bare["rps"]
pairs = per_run_ratios(sys.argv[1], sys.argv[2])
print("ratio layer/bare: %.3f of the medians, %.3f median of per-run ratios %s (target >= 0.85)"
      % (ratio, statistics.median(pairs), ["%.3f" % p for p in pairs]))
sys.exit(0 if layer["failed"] + bare["failed"] + layer["non2xx"] + bare["non2xx"] == 0 else 1)
EOF
