"""Routes COUNT distinct leads through LeadRouter/RouteLead, IN_FLIGHT at a time, and prints the rate.

Usage: route_many.py ADDRESS DATASET.json COUNT [IN_FLIGHT] [ID_PREFIX]

Each lead has its own id. Two in three come from a contact at a dataset account (one of its
domains, its country, industry and size), the others from an unknown corporate domain in an
account's country, so the decisions spread over account owners, territory reps and queues as a
real mix would. Bodies are encoded by hand (protowire) and sent as raw bytes: no generated code.
Run with Debian's /usr/bin/python3 (python3-grpcio).
"""
import json
import random
import sys
import threading
import time

import grpc
from protowire import field, text, varint

ROUTE = "/routingrules.v1.LeadRouter/RouteLead"


def lead_body(prefix, i, account, rng):
    known = i % 3 != 2
    domain = account["domains"][0] if known and account.get("domains") else "prospect-%d.example" % i
    lead = text(1, "%s%d" % (prefix, i)) + text(2, "contact%d@%s" % (i, domain))
    lead += text(8, account["name"] if known else "Prospect %d" % i)
    if account.get("country"):
        lead += text(11, account["country"])
    if account.get("industry"):
        lead += text(16, account["industry"])
    if account.get("employeeCount"):
        lead += field(18, 0, varint(account["employeeCount"]))
    lead += field(29, 2, varint(rng.choice([1, 2, 3, 4])))
    return field(1, 2, lead)


def main():
    address, dataset, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    in_flight = int(sys.argv[4]) if len(sys.argv) > 4 else 64
    prefix = sys.argv[5] if len(sys.argv) > 5 else "lead-"
    accounts = json.load(open(dataset))["accounts"]
    rng = random.Random(7)
    channel = grpc.insecure_channel(address)
    route = channel.unary_unary(ROUTE, request_serializer=None, response_deserializer=None)
    slots = threading.Semaphore(in_flight)
    failures = []
    done = threading.Event()
    remaining = [count]
    lock = threading.Lock()

    def finished(future):
        if future.exception() is not None:
            failures.append(future.exception())
        slots.release()
        with lock:
            remaining[0] -= 1
            if remaining[0] == 0:
                done.set()

    start = time.monotonic()
    for i in range(count):
        slots.acquire()
        future = route.future(lead_body(prefix, i, rng.choice(accounts), rng), timeout=30)
        future.add_done_callback(finished)
    done.wait()
    elapsed = time.monotonic() - start
    print("routed %d leads in %.1f s (%.0f per second), %d failed" % (count, elapsed, count / elapsed, len(failures)))
    if failures:
        print("first failure: %s" % failures[0], file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
