#!/usr/bin/env bash
# Runs the interop suite: real third-party gRPC clients (Python grpcio, Node grpc-js) and raw
# HTTP/2 probes (nghttp) against tests/RoutingRules.Grpc.InteropServer on a free loopback port.
# Prints PASS/FAIL per case and ends with `interop: N passed, M failed`; exits non-zero when
# anything failed.
#
# Environment:
#   INTEROP_NO_BUILD=1     use the Release build already on disk (CI builds the solution first)
#   INTEROP_TARGET_PORT=P  test a server already listening on 127.0.0.1:P instead of starting one
#   INTEROP_SUITES="python node nghttp"  the suites to run
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/tests/interop"
PROJECT="$ROOT/tests/RoutingRules.Grpc.InteropServer"
PY=/usr/bin/python3
PROTO_ROOT="${INTEROP_PROTO_ROOT:-/usr/share/grpc-proto}"
SUITE_TIMEOUT=300
STARTUP_TIMEOUT=90
SUITES="${INTEROP_SUITES:-python node nghttp}"

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Ready means the health service answers SERVING through a real client, not just an open port.
wait_until_serving() {
  local port="$1" deadline=$((SECONDS + STARTUP_TIMEOUT))
  while ((SECONDS < deadline)); do
    if [[ -n "$SERVER_PID" ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "interop server exited during start-up" >&2
      return 1
    fi
    if (cd "$HERE/python" && timeout 10 "$PY" interop_client.py --port "$port" \
        --proto-root "$PROTO_ROOT" --case health_check >/dev/null 2>&1); then
      return 0
    fi
    sleep 0.5
  done
  echo "interop server not serving after ${STARTUP_TIMEOUT}s" >&2
  return 1
}

start_server() {
  local dll="$PROJECT/bin/Release/net10.0/RoutingRules.Grpc.InteropServer.dll"
  # INTEROP_NO_BUILD trusts a solution build, which only covers the server if the solution lists it.
  if [[ -z "${INTEROP_NO_BUILD:-}" || ! -f "$dll" ]] ||
    ! grep -q 'RoutingRules.Grpc.InteropServer.csproj' "$ROOT/RoutingRules.sln"; then
    dotnet build "$PROJECT" -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
      || { cat "$WORK/build.log" >&2; return 1; }
  fi
  [[ -f "$dll" ]] || { echo "missing $dll (build it first)" >&2; return 1; }
  PORT="$(free_port)"
  # The built assembly runs directly so that SERVER_PID is the server itself.
  dotnet "$dll" --port "$PORT" >"$WORK/server.log" 2>&1 </dev/null &
  SERVER_PID=$!
}

PASSED=0
FAILED=0
RETRIED=()

# Runs suite $1, its output into file $2, limited to the cases named by the further arguments
# (every case when there are none).
run_cases() {
  local name="$1" out="$2"; shift 2
  local only=() dir cmd
  for c in "$@"; do only+=(--case "$c"); done
  case "$name" in
    python) dir="$HERE/python"; cmd=("$PY" interop_client.py) ;;
    node) dir="$HERE/node"; cmd=(node interop_client.js) ;;
    nghttp) dir="$HERE/nghttp"; cmd=("$PY" probes.py) ;;
  esac
  (cd "$dir" && exec timeout "$SUITE_TIMEOUT" "${cmd[@]}" --port "$PORT" --proto-root "$PROTO_ROOT" "${only[@]}") \
    >"$out" 2>"$WORK/$name.err"
}

# Counts PASS/FAIL lines; a suite that dies without reporting its cases counts as one failure.
# A case that fails is run once more on its own: a pass then counts, but is printed as RETRY with
# the first failure above it and listed in the summary, so an intermittent failure stays visible
# instead of costing a whole CI run. A case that fails twice fails the suite.
run_suite() {
  local name="$1" out="$WORK/$1.out" rc=0
  run_cases "$name" "$out" || rc=$?
  cat "$out"
  local pass fail
  pass=$(grep -c '^PASS ' "$out" || true)
  fail=$(grep -c '^FAIL ' "$out" || true)
  if ((rc != 0 && fail == 0)); then
    echo "FAIL $name/suite: exit code $rc"
    sed 's/^/    /' "$WORK/$name.err" | tail -20
    fail=1
  fi

  local failed_cases=()
  mapfile -t failed_cases < <(sed -nE "s#^FAIL $name/([A-Za-z0-9_]+):.*#\1#p" "$out" | grep -vx 'setup\|suite' || true)
  if ((${#failed_cases[@]})); then
    echo "server log at the first failure (last 20 lines):"
    tail -20 "$WORK/server.log" 2>/dev/null | sed 's/^/    /' || true
    local retry="$WORK/$name.retry" case_name
    run_cases "$name" "$retry" "${failed_cases[@]}" || true
    for case_name in "${failed_cases[@]}"; do
      if grep -qx "PASS $name/$case_name" "$retry"; then
        echo "RETRY $name/$case_name: passed on its second attempt"
        pass=$((pass + 1))
        fail=$((fail - 1))
        RETRIED+=("$name/$case_name")
      else
        echo "FAIL $name/$case_name on its second attempt too: $(grep "^FAIL $name/$case_name" "$retry" || echo 'no result')"
      fi
    done
  fi
  PASSED=$((PASSED + pass))
  FAILED=$((FAILED + fail))
}

if [[ -n "${INTEROP_TARGET_PORT:-}" ]]; then
  PORT="$INTEROP_TARGET_PORT"
else
  start_server || { echo "interop: 0 passed, 1 failed"; exit 1; }
fi
if ! wait_until_serving "$PORT"; then
  tail -40 "$WORK/server.log" 2>/dev/null >&2 || true
  echo "interop: 0 passed, 1 failed"
  exit 1
fi
echo "interop server serving on 127.0.0.1:$PORT"

for suite in $SUITES; do
  case "$suite" in
    python | nghttp) run_suite "$suite" ;;
    node)
      if [[ ! -d "$HERE/node/node_modules" ]]; then
        (cd "$HERE/node" && npm ci --no-audit --no-fund >"$WORK/npm.log" 2>&1) || cat "$WORK/npm.log" >&2
      fi
      run_suite node ;;
    *) echo "unknown suite $suite" >&2; FAILED=$((FAILED + 1)) ;;
  esac
done

if [[ -n "$SERVER_PID" ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
  echo "FAIL server/alive: the interop server died during the suite"
  tail -40 "$WORK/server.log" >&2 || true
  FAILED=$((FAILED + 1))
fi

if ((${#RETRIED[@]})); then
  echo "interop: ${#RETRIED[@]} case(s) passed only on a second attempt: ${RETRIED[*]}"
fi
echo "interop: $PASSED passed, $FAILED failed"
((FAILED == 0))
