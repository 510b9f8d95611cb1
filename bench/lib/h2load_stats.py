"""Reads one h2load run (its stdout in LOG.out, per-request times in LOG) and prints
"req_per_s failed p50_ms p99_ms 2xx"."""
import re
import sys

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
