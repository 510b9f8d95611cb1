"""Reads the per-run result files the h2load scripts write (one line per run: req/s, failed,
p50 ms, p99 ms, 2xx count, then script-specific columns) and summarises them."""
import statistics


def rows(path):
    return [list(map(float, line.split())) for line in open(path)]


def summary(path, requests, medians=(), sums=()):
    """Medians of req/s, p50 and p99, totals of failed and non-2xx requests; `medians` and `sums`
    name extra columns (name, index) to take the median or the total of."""
    data = rows(path)
    result = {
        "rps": statistics.median(r[0] for r in data),
        "failed": int(sum(r[1] for r in data)),
        "p50": statistics.median(r[2] for r in data),
        "p99": statistics.median(r[3] for r in data),
        "non2xx": int(sum(requests - r[4] for r in data)),
    }
    for name, column in medians:
        result[name] = statistics.median(r[column] for r in data)
    for name, column in sums:
        result[name] = int(sum(r[column] for r in data))
    return result


def per_run_ratios(path_a, path_b):
    return [a[0] / b[0] for a, b in zip(rows(path_a), rows(path_b))]
