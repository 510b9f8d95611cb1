# Shared by the h2load scripts that measure the real server (route-load.sh, explain-load.sh):
# builds and starts `routingrules serve` on a free loopback port with a fresh database (demo
# dataset), counts stored decisions, and runs h2load against one gRPC method.
# Source it after `set -euo pipefail` and after setting CLIENTS and STREAMS.

LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$LIB/../.." && pwd)"
PROJECT="$ROOT/src/RoutingRules.Server"
DLL="$PROJECT/bin/Release/net10.0/routingrules.dll"
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

# Builds (unless NO_BUILD=1) and starts the server; sets PORT, DB, BASE and SERVER_PID.
start_server() {
  if [[ -z "${NO_BUILD:-}" ]]; then
    echo "building $PROJECT (Release)"
    dotnet build "$PROJECT" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
  fi

  PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  DB="$WORK/routingrules.db"
  dotnet "$DLL" serve --port "$PORT" --data "$DB" >"$WORK/server.log" 2>&1 </dev/null &
  SERVER_PID=$!
  BASE="http://127.0.0.1:$PORT"
}

# Starts the server (start_server), waits until it routes, then routes $1 distinct leads through
# RouteLead with bench/lib/route_many.py (64 in flight; two in three from a contact of a demo
# account, the rest from unknown corporate domains), as a busy server would have.
start_server_with_leads() {
  local leads="$1"
  start_server
  for _ in $(seq 1 600); do
    if [[ "$("$PY" "$LIB/route_many.py" "127.0.0.1:$PORT" "$ROOT/samples/demo-dataset.json" 1 1 "probe-" 2>/dev/null | grep -c ' 0 failed')" == 1 ]]; then
      break
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.1
  done

  echo "routing $leads leads"
  "$PY" "$LIB/route_many.py" "127.0.0.1:$PORT" "$ROOT/samples/demo-dataset.json" "$leads" 64 "lead-"
}

# Writes length-prefixed request bodies: the Python code on stdin runs with `frame`, `field`,
# `text` and `varint` from protowire.py and `WORK` (the output folder) defined.
write_bodies() {
  { printf 'import sys\nsys.path.insert(0, %s)\nfrom protowire import *\nWORK = %s\n' "'$LIB'" "'$WORK'"; cat; } | "$PY" -
}

# Writes $WORK/route.bin: the RouteLead body of route-load.sh and route-compare.sh, a
# RouteLeadRequest { lead { id, email (free mail), company_name, country FR, department 75,
# industry retail, employee_count 120, intent_signals [DEMO_REQUEST] }, reroute: true }.
write_route_body() {
  write_bodies <<'PYEOF'
lead = (text(1, "bench-lead-1") + text(2, "jane.doe@gmail.com") + text(8, "Boulangerie Nouvelle")
        + text(11, "FR") + text(13, "75") + text(16, "retail") + field(18, 0, varint(120)) + field(29, 2, varint(1)))
open(WORK + "/route.bin", "wb").write(frame(field(1, 2, lead) + field(3, 0, varint(1))))
PYEOF
}

# Warms one method up with REQUESTS spread over WARMUP_ROUNDS (default 6) h2load invocations.
# Each invocation opens CLIENTS new connections, and the JIT recompiles a method once it has been
# called often enough: code that runs once per connection (accept, HTTP/2 preface, stream pools)
# reaches that count only after several invocations, however many requests each carries. With
# one long warm-up invocation the compiler thread still took 6-7.5 us per request of the first
# measured RouteLead runs; spread over six, the runs start with that code compiled.
# Usage: warm_up PATH BODY REQUESTS LOG_PREFIX
warm_up() {
  local path="$1" body="$2" requests="$3" log="$4" rounds="${WARMUP_ROUNDS:-6}" round
  for round in $(seq 1 "$rounds"); do
    load "$path" "$body" $(( (requests + rounds - 1) / rounds )) "$log-$round" >/dev/null
  done
}

# CPU time (user + system) the server process has used so far, in microseconds.
server_cpu_us() {
  awk -v tick="$(getconf CLK_TCK)" '{ printf "%.0f\n", ($14 + $15) * 1000000 / tick }' "/proc/$SERVER_PID/stat"
}

# Bytes the server process has caused to be written to storage so far (write_bytes of
# /proc/PID/io: the WAL, the checkpoints' copies into the database file), counted when written
# to the page cache.
server_write_bytes() {
  awk '/^write_bytes:/ { print $2 }' "/proc/$SERVER_PID/io"
}

# The machine's idle (idle plus I/O wait) and total CPU ticks so far ("idle total", all cores,
# from /proc/stat).
machine_cpu_ticks() {
  awk '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i; print $5 + $6, total }' /proc/stat
}

# Percentage of the machine's CPU left idle between two machine_cpu_ticks readings.
idle_percent() {
  local before=($1) after=($2)
  echo $(( 100 * (after[0] - before[0]) / (after[1] - before[1] > 0 ? after[1] - before[1] : 1) ))
}

# CPU time the whole machine spent busy (everything but idle and I/O wait: the server, h2load,
# kernel threads) between two machine_cpu_ticks readings, in microseconds per request.
machine_busy_us() {
  local before=($1) after=($2) requests="$3"
  local busy=$(( (after[1] - before[1]) - (after[0] - before[0]) ))
  echo $(( busy * 1000000 / $(getconf CLK_TCK) / requests ))
}

# CPU ticks per server thread, summed by thread name ("name ticks" lines); names such as
# ".NET TP Worker" are shared by several threads, spaces become underscores.
server_thread_ticks() {
  for task in /proc/"$SERVER_PID"/task/*; do
    printf '%s %s\n' "$(tr ' ' '_' <"$task/comm")" "$(sed 's/.*) //' "$task/stat" | awk '{ print $12 + $13 }')"
  done 2>/dev/null | awk '{ ticks[$1] += $2 } END { for (n in ticks) print n, ticks[n] }' | LC_ALL=C sort
}

decisions() {
  "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM decisions").fetchone()[0])' "$DB" 2>/dev/null || echo 0
}

# Runs h2load once; prints "req_per_s failed p50_ms p99_ms 2xx". The machine's CPU ticks just
# before and after h2load (machine_cpu_ticks) go to LOG.machine, two lines, for callers that
# measure the machine's share of the run without the parsing that follows.
load() {
  local path="$1" body="$2" requests="$3" log="$4"
  machine_cpu_ticks >"$log.machine"
  h2load -n "$requests" -c "$CLIENTS" -m "$STREAMS" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$body" --log-file "$log" "$BASE$path" >"$log.out" 2>&1 || { cat "$log.out" >&2; return 1; }
  machine_cpu_ticks >>"$log.machine"
  "$PY" "$LIB/h2load_stats.py" "$log"
}
