#!/usr/bin/env bash
# RouteLead under load: h2load against the real server (demo dataset, compiled rule set, SQLite
# with synchronous FULL) for LeadRouter/RouteLead and, in the same run and on the same server,
# the trivial grpc.health.v1.Health/Check. h2load repeats one fixed body, so the RouteLead body
# sets reroute=true: every request routes the same territory-level lead again and commits a new
# decision superseding the previous one (decision row, both reps' counters, trace; one
# transaction per group commit, its WAL frames fsynced by the sync thread before the answer).
# The server's decision count must grow by exactly the number of requests, which is how
# gRPC-level errors (HTTP 200 with a non-zero grpc-status) are counted.
#
# The server's CPU time per request (user + system, from /proc/PID/stat) is reported per run: it
# says what a call costs when the run is CPU-bound. So does the machine's idle share during the
# run (idle plus I/O wait, /proc/stat, h2load included): near zero, the run is CPU-bound and
# throughput follows the CPU per request; well above zero, requests also wait on something else
# (the disk, a serial stage) or arrive in bursts. The machine's busy time per request (server,
# h2load and kernel threads together) is what a call costs the two cores: the throughput ratio of
# two methods is about the inverse ratio of those costs, times the ratio of their busy shares.
# Both are read around h2load alone, not the parsing of its log. After the runs, the last
# RouteLead run's CPU is broken down by server thread (routing, commit, pool, checkpoints, GC).
# The warm-up is long enough for the JIT's optimised code to be in place before the first run:
# after 20,000 requests per method the first RouteLead run still cost 77-80 us of CPU per
# request against 69-74 in the later ones; after 60,000, 70 against 67. It is spread over several
# h2load invocations (warm_up in lib/server-load.sh), so that code run once per connection is
# compiled too.
#
# Environment: REQUESTS (default 20000), CLIENTS (16), STREAMS (4), RUNS (3), WARMUP (60000),
#              WARMUP_ROUNDS (6), NO_BUILD=1 to reuse the Release build on disk.
set -euo pipefail

REQUESTS="${REQUESTS:-20000}"
CLIENTS="${CLIENTS:-16}"
STREAMS="${STREAMS:-4}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-60000}"
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"

source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
start_server

# The RouteLead body (see write_route_body) and an empty HealthCheckRequest.
write_route_body
write_bodies <<'EOF'
open(WORK + "/trivial.bin", "wb").write(frame(b""))
EOF

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
warm_up "$ROUTE_PATH" "$WORK/route.bin" "$WARMUP" "$WORK/warm-route"
warm_up "$TRIVIAL_PATH" "$WORK/trivial.bin" "$WARMUP" "$WORK/warm-trivial"

echo "h2load -n $REQUESTS -c $CLIENTS -m $STREAMS, $RUNS runs per method, alternating"
printf '%-8s %-4s %10s %7s %8s %8s %8s %10s %10s %6s %11s\n' method run req/s failed p50_ms p99_ms 2xx grpc_err cpu_us/req idle_% machine_us
for run in $(seq 1 "$RUNS"); do
  order="route trivial"
  ((run % 2 == 0)) && order="trivial route"
  for name in $order; do
    path_var="${name^^}_PATH"
    before="$(decisions)"
    cpu_before="$(server_cpu_us)"
    server_thread_ticks >"$WORK/threads-before"
    read -r rps failed p50 p99 ok < <(load "${!path_var}" "$WORK/$name.bin" "$REQUESTS" "$WORK/$name-$run")
    cpu_per_request=$(( ($(server_cpu_us) - cpu_before) / REQUESTS ))
    # The machine's ticks around h2load alone (see load), not the parsing of its log.
    machine_before="$(sed -n 1p "$WORK/$name-$run.machine")"
    machine_after="$(sed -n 2p "$WORK/$name-$run.machine")"
    idle="$(idle_percent "$machine_before" "$machine_after")"
    machine_us="$(machine_busy_us "$machine_before" "$machine_after" "$REQUESTS")"
    if [[ "$name" == route ]]; then
      server_thread_ticks >"$WORK/threads-after"
      LC_ALL=C join -a 2 -e 0 -o 0,1.2,2.2 "$WORK/threads-before" "$WORK/threads-after" >"$WORK/route-threads"
    fi
    grpc_errors=0
    if [[ "$name" == route ]]; then
      grpc_errors=$((REQUESTS - ($(decisions) - before)))
    fi
    printf '%-8s %-4s %10s %7s %8s %8s %8s %10s %10s %6s %11s\n' "$name" "$run" "$rps" "$failed" "$p50" "$p99" "$ok" "$grpc_errors" "$cpu_per_request" "$idle" "$machine_us"
    echo "$rps $failed $p50 $p99 $ok $grpc_errors $cpu_per_request $idle $machine_us" >>"$WORK/$name.results"
  done
done

echo "server CPU per RouteLead by thread, last RouteLead run (us/request):"
awk -v tick="$(getconf CLK_TCK)" -v n="$REQUESTS" '{ us = ($3 - $2) * 1000000 / tick / n; if (us >= 0.5) printf "  %-20s %6.1f\n", $1, us }' "$WORK/route-threads" | sort -k2 -rn

"$PY" - "$WORK/route.results" "$WORK/trivial.results" "$REQUESTS" "$LIB" <<'EOF'
import sys
sys.path.insert(0, sys.argv[4])
from run_results import per_run_ratios, summary
requests = int(sys.argv[3])
columns = dict(medians=[("cpu", 6), ("idle", 7), ("machine", 8)], sums=[("grpc", 5)])
route = summary(sys.argv[1], requests, **columns)
trivial = summary(sys.argv[2], requests, **columns)
for name, s in (("RouteLead", route), ("Health/Check", trivial)):
    print("%s median: %.0f req/s, failed %d, non-2xx %d, gRPC errors %d, p50 %.2f ms, p99 %.2f ms, server CPU %.0f us/request, "
          "machine idle %.0f %%, machine busy %.0f us/request" % (name, s["rps"], s["failed"], s["non2xx"], s["grpc"], s["p50"], s["p99"],
                                                                 s["cpu"], s["idle"], s["machine"]))
ratio = route["rps"] / trivial["rps"]
pairs = per_run_ratios(sys.argv[1], sys.argv[2])
print("ratio RouteLead/trivial: %.3f of the medians, per run %s (target >= 0.25); RouteLead p99 %.2f ms (target <= 10)"
      % (ratio, ["%.3f" % p for p in pairs], route["p99"]))
errors = route["failed"] + trivial["failed"] + route["non2xx"] + trivial["non2xx"] + route["grpc"]
sys.exit(0 if errors == 0 and ratio >= 0.25 and route["p99"] <= 10 else 1)
EOF
