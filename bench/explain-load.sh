#!/usr/bin/env bash
# ExplainRoute by lead id under load: h2load against the real server (demo dataset, compiled rule
# set, SQLite) for LeadRouter/ExplainRoute and, in the same run and on the same server, the
# trivial grpc.health.v1.Health/Check (the approach of route-load.sh). One lead is routed first;
# every ExplainRoute request then reads its stored decision and history from the decision log and
# renders the REP explanation in French. h2load counts HTTP statuses only, so gRPC-level success
# is checked with a real client (Debian python3-grpcio) on PROBES calls after the runs: each must
# answer OK with the expected decision id. The warm-up is spread over six h2load invocations
# (warm_up in lib/server-load.sh); 30,000 requests, so that each still carries 5,000 (with 5,000
# in all, the first measured ExplainRoute run reached 27,000 req/s against 73,000-87,000 after it).
#
# Environment: REQUESTS (default 20000), CLIENTS (16), STREAMS (4), RUNS (3), WARMUP (30000),
#              WARMUP_ROUNDS (6), PROBES (200), NO_BUILD=1 to reuse the Release build on disk.
set -euo pipefail

REQUESTS="${REQUESTS:-20000}"
CLIENTS="${CLIENTS:-16}"
STREAMS="${STREAMS:-4}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-30000}"
PROBES="${PROBES:-200}"
ROUTE_PATH="/routingrules.v1.LeadRouter/RouteLead"
EXPLAIN_PATH="/routingrules.v1.LeadRouter/ExplainRoute"

source "$(dirname "${BASH_SOURCE[0]}")/lib/server-load.sh"
start_server

# An empty HealthCheckRequest; a RouteLeadRequest for lead bench-explain-1 (a demo customer's
# domain, a Marseille office, demo request); and an ExplainRouteRequest { lead_id:
# bench-explain-1, audience: REP, locale: "fr" }.
write_bodies <<'EOF'
lead = (text(1, "bench-explain-1") + text(2, "usine.marseille@acmecorp.com") + text(11, "FR") + text(13, "13")
        + text(27, "Europe/Paris") + field(29, 2, varint(1)))
open(WORK + "/route.bin", "wb").write(frame(field(1, 2, lead)))
open(WORK + "/explain.bin", "wb").write(frame(text(1, "bench-explain-1") + field(4, 0, varint(1)) + text(5, "fr")))
open(WORK + "/trivial.bin", "wb").write(frame(b""))
EOF

# Ready once the lead is routed (demo loaded, rules compiled, live state loaded).
for _ in $(seq 1 150); do
  if CLIENTS=1 STREAMS=1 load "$ROUTE_PATH" "$WORK/route.bin" 1 "$WORK/probe" >/dev/null 2>&1 && [[ "$(decisions)" -gt 0 ]]; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.2
done
[[ "$(decisions)" -gt 0 ]] || { echo "the server never routed the lead" >&2; exit 1; }
DECISIONS_BEFORE="$(decisions)"

echo "warm-up: $WARMUP requests per method"
warm_up "$EXPLAIN_PATH" "$WORK/explain.bin" "$WARMUP" "$WORK/warm-explain"
warm_up "$TRIVIAL_PATH" "$WORK/trivial.bin" "$WARMUP" "$WORK/warm-trivial"

echo "h2load -n $REQUESTS -c $CLIENTS -m $STREAMS, $RUNS runs per method, alternating"
printf '%-8s %-4s %10s %7s %8s %8s %8s\n' method run req/s failed p50_ms p99_ms 2xx
for run in $(seq 1 "$RUNS"); do
  order="explain trivial"
  ((run % 2 == 0)) && order="trivial explain"
  for name in $order; do
    path_var="${name^^}_PATH"
    read -r rps failed p50 p99 ok < <(load "${!path_var}" "$WORK/$name.bin" "$REQUESTS" "$WORK/$name-$run")
    printf '%-8s %-4s %10s %7s %8s %8s %8s\n' "$name" "$run" "$rps" "$failed" "$p50" "$p99" "$ok"
    echo "$rps $failed $p50 $p99 $ok" >>"$WORK/$name.results"
  done
done

# gRPC-level check with a real client: every probe answers OK, explains the routed decision in
# French, and ExplainRoute wrote nothing (the decision count is unchanged).
"$PY" - "$PORT" "$PROBES" "$WORK/explain.bin" <<'EOF' >"$WORK/probes"
import sys, grpc
port, probes, body = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], "rb").read()[5:]
channel = grpc.insecure_channel("127.0.0.1:" + port)
call = channel.unary_unary("/routingrules.v1.LeadRouter/ExplainRoute")
bad = 0
for _ in range(probes):
    try:
        answer = call(body, timeout=10)
        bad += 0 if "Ce lead vous est attribu".encode() in answer else 1
    except grpc.RpcError as error:
        bad += 1
        print("probe error:", error.code(), file=sys.stderr)
print(bad)
EOF
PROBE_ERRORS="$(cat "$WORK/probes")"
WRITES=$(( $(decisions) - DECISIONS_BEFORE ))

"$PY" - "$WORK/explain.results" "$WORK/trivial.results" "$REQUESTS" "$PROBES" "$PROBE_ERRORS" "$WRITES" "$LIB" <<'EOF'
import sys
sys.path.insert(0, sys.argv[7])
from run_results import per_run_ratios, summary
explain, trivial = summary(sys.argv[1], int(sys.argv[3])), summary(sys.argv[2], int(sys.argv[3]))
for name, s in (("ExplainRoute", explain), ("Health/Check", trivial)):
    print("%s median: %.0f req/s, failed %d, non-2xx %d, p50 %.2f ms, p99 %.2f ms"
          % (name, s["rps"], s["failed"], s["non2xx"], s["p50"], s["p99"]))
ratio = explain["rps"] / trivial["rps"]
pairs = per_run_ratios(sys.argv[1], sys.argv[2])
probes, probe_errors, writes = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
print("ratio ExplainRoute/trivial: %.3f of the medians, per run %s (target >= 0.5)" % (ratio, ["%.3f" % p for p in pairs]))
print("real-client probes: %d, not OK or wrong text: %d; decisions written during the runs: %d" % (probes, probe_errors, writes))
errors = explain["failed"] + trivial["failed"] + explain["non2xx"] + trivial["non2xx"] + probe_errors + writes
sys.exit(0 if errors == 0 and ratio >= 0.5 else 1)
EOF
