#!/usr/bin/env bash
# RouteLead under load: h2load against the real server (demo dataset, compiled rule set, SQLite
# with synchronous FULL) for LeadRouter/RouteLead and, in the same run and on the same server,
# the trivial grpc.health.v1.Health/Check. h2load repeats one fixed body, so the RouteLead body
# sets reroute=true: every request routes the same territory-level lead again and commits a new
# decision superseding the previous one (decision row, both reps' counters, trace, one fsync'd
# transaction per group commit). The server's decision count must grow by exactly the number of
# requests, which is how gRPC-level errors (HTTP 200 with a non-zero grpc-status) are counted.
#
# Environment: REQUESTS (default 20000), CLIENTS (16), STREAMS (4), RUNS (3), WARMUP (5000),
#              NO_BUILD=1 to reuse the Release build on disk.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/src/RoutingRules.Server"
DLL="$PROJECT/bin/Release/net10.0/routingrules.dll"
REQUESTS="${REQUESTS:-20000}"
CLIENTS="${CLIENTS:-16}"
STREAMS="${STREAMS:-4}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-5000}"
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"
TRIVIAL_PATH="/grpc.health.v1.Health/Check"
PY=/usr/bin/python3

command -v h2load >/dev/null || { echo "h2load missing: apt-get install nghttp2-client" >&2; exit 1; }

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
DB="$WORK/routingrules.db"
dotnet "$DLL" serve --port "$PORT" --data "$DB" >"$WORK/server.log" 2>&1 </dev/null &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"

# Length-prefixed bodies, protobuf written by hand: an empty HealthCheckRequest, and a
# RouteLeadRequest { lead { id, email (free mail), company_name, country FR, department 75,
# industry retail, employee_count 120, intent_signals [DEMO_REQUEST] }, reroute: true }.
"$PY" - "$WORK" <<'EOF'
import struct, sys
def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out
def field(number, wire, payload):
    key = varint(number << 3 | wire)
    return key + (varint(len(payload)) + payload if wire == 2 else payload)
def text(number, value):
    return field(number, 2, value.encode())
lead = (text(1, "bench-lead-1") + text(2, "jane.doe@gmail.com") + text(8, "Boulangerie Nouvelle")
        + text(11, "FR") + text(13, "75") + text(16, "retail") + field(18, 0, varint(120)) + field(29, 2, varint(1)))
request = field(1, 2, lead) + field(3, 0, varint(1))
frame = lambda m: b"\x00" + struct.pack(">I", len(m)) + m
open(sys.argv[1] + "/route.bin", "wb").write(frame(request))
open(sys.argv[1] + "/trivial.bin", "wb").write(frame(b""))
EOF

decisions() {
  "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM decisions").fetchone()[0])' "$DB" 2>/dev/null || echo 0
}

# Runs h2load once; prints "req_per_s failed p50_ms p99_ms 2xx".
load() {
  local path="$1" body="$2" requests="$3" log="$4"
  h2load -n "$requests" -c "$CLIENTS" -m "$STREAMS" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$body" --log-file "$log" "$BASE$path" >"$log.out" 2>&1 || { cat "$log.out" >&2; return 1; }
  "$PY" - "$log" <<'EOF'
import re, sys
log = sys.argv[1]
out = open(log + ".out").read()
rps = float(re.search(r"finished in [^,]+, ([0-9.]+) req/s", out).group(1))
failed = int(re.search(r"requests: .* (\d+) failed", out).group(1))
errored = int(re.search(r"requests: .* (\d+) errored", out).group(1))
ok = int(re.search(r"status codes: (\d+) 2xx", out).group(1))
times = sorted(int(line.split()[2]) for line in open(log) if line.strip())
def pct(p):
    return times[min(len(times) - 1, int(round(p / 100 * len(times))) - 1)] / 1000 if times else float("nan")
print("%.0f %d %.2f %.2f %d" % (rps, failed + errored, pct(50), pct(99), ok))
EOF
}

# Ready when the LeadRouter reports SERVING (demo loaded, rules compiled, live state loaded).
for _ in $(seq 1 150); do
  before="$(decisions)"
  if load "$ROUTE_PATH" "$WORK/route.bin" 1 "$WORK/probe" >/dev/null 2>&1 && [[ "$(decisions)" -gt "$before" ]]; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.2
done

echo "warm-up: $WARMUP requests per method"
load "$ROUTE_PATH" "$WORK/route.bin" "$WARMUP" "$WORK/warm-route" >/dev/null
load "$TRIVIAL_PATH" "$WORK/trivial.bin" "$WARMUP" "$WORK/warm-trivial" >/dev/null

echo "h2load -n $REQUESTS -c $CLIENTS -m $STREAMS, $RUNS runs per method, alternating"
printf '%-8s %-4s %10s %7s %8s %8s %8s %10s\n' method run req/s failed p50_ms p99_ms 2xx grpc_err
for run in $(seq 1 "$RUNS"); do
  order="route trivial"
  ((run % 2 == 0)) && order="trivial route"
  for name in $order; do
    path_var="${name^^}_PATH"
    before="$(decisions)"
    read -r rps failed p50 p99 ok < <(load "${!path_var}" "$WORK/$name.bin" "$REQUESTS" "$WORK/$name-$run")
    grpc_errors=0
    if [[ "$name" == route ]]; then
      grpc_errors=$((REQUESTS - ($(decisions) - before)))
    fi
    printf '%-8s %-4s %10s %7s %8s %8s %8s %10s\n' "$name" "$run" "$rps" "$failed" "$p50" "$p99" "$ok" "$grpc_errors"
    echo "$rps $failed $p50 $p99 $ok $grpc_errors" >>"$WORK/$name.results"
  done
done

"$PY" - "$WORK/route.results" "$WORK/trivial.results" "$REQUESTS" <<'EOF'
import statistics, sys
def rows(path):
    return [list(map(float, line.split())) for line in open(path)]
def summary(path):
    data = rows(path)
    return {
        "rps": statistics.median(r[0] for r in data),
        "failed": int(sum(r[1] for r in data)),
        "p50": statistics.median(r[2] for r in data),
        "p99": statistics.median(r[3] for r in data),
        "non2xx": int(sum(int(sys.argv[3]) - r[4] for r in data)),
        "grpc": int(sum(r[5] for r in data)),
    }
route, trivial = summary(sys.argv[1]), summary(sys.argv[2])
for name, s in (("RouteLead", route), ("Health/Check", trivial)):
    print("%s median: %.0f req/s, failed %d, non-2xx %d, gRPC errors %d, p50 %.2f ms, p99 %.2f ms"
          % (name, s["rps"], s["failed"], s["non2xx"], s["grpc"], s["p50"], s["p99"]))
ratio = route["rps"] / trivial["rps"]
pairs = [r[0] / t[0] for r, t in zip(rows(sys.argv[1]), rows(sys.argv[2]))]
print("ratio RouteLead/trivial: %.3f of the medians, per run %s (target >= 0.25); RouteLead p99 %.2f ms (target <= 10)"
      % (ratio, ["%.3f" % p for p in pairs], route["p99"]))
errors = route["failed"] + trivial["failed"] + route["non2xx"] + trivial["non2xx"] + route["grpc"]
sys.exit(0 if errors == 0 and ratio >= 0.25 and route["p99"] <= 10 else 1)
EOF
