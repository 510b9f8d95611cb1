#!/usr/bin/python3
"""Interop cases driven by Debian's grpcio (the C-core client) against a running server.

Each case prints `PASS python/<case>` or `FAIL python/<case>: why`; the exit code is the
number of failures (capped), so the runner can count either way.
"""
import argparse
import sys
import threading
from concurrent import futures

import grpc
from google.protobuf import descriptor_pb2

from support import (CALL_TIMEOUT, CASE_TIMEOUT, ECHO_INITIAL, ECHO_TRAILING, SPECIAL_MESSAGE,
                     Client, Failure, Requests, call_error, check_large_response, expect,
                     expect_status, load_messages)

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def empty_unary(c):
    response = c.empty(c.msg("grpc.testing.Empty")(), timeout=CALL_TIMEOUT)
    expect(response.ByteSize() == 0, "response is not empty")


@case
def large_unary(c):
    check_large_response(c.unary(c.large_request(), timeout=CALL_TIMEOUT))


@case
def server_streaming(c):
    sizes = [31415, 9, 2653, 58979]
    responses = list(c.server_streaming(c.streaming_request(sizes), timeout=CALL_TIMEOUT))
    got = [len(r.payload.body) for r in responses]
    expect(got == sizes, "response sizes %s" % got)


@case
def client_streaming(c):
    payload = c.msg("grpc.testing.Payload")
    request = c.msg("grpc.testing.StreamingInputCallRequest")
    sizes = [27182, 8, 1828, 45904]
    response = c.client_streaming(iter([request(payload=payload(body=bytes(n))) for n in sizes]),
                                  timeout=CALL_TIMEOUT)
    expect(response.aggregated_payload_size == 74922, "aggregated size %d" % response.aggregated_payload_size)


@case
def ping_pong(c):
    requests = Requests()
    stream = c.full_duplex(requests, timeout=CALL_TIMEOUT)
    try:
        for size, payload_size in ((31415, 27182), (9, 8), (2653, 1828), (58979, 45904)):
            requests.send(c.streaming_request([size], payload_size=payload_size))
            got = len(next(stream).payload.body)
            expect(got == size, "response size %d, expected %d" % (got, size))
    finally:
        requests.close()
    rest = list(stream)
    expect(not rest, "%d responses after half-close" % len(rest))


@case
def empty_stream(c):
    responses = list(c.full_duplex(iter([]), timeout=CALL_TIMEOUT))
    expect(not responses, "%d responses to an empty stream" % len(responses))


@case
def cancel_after_begin(c):
    requests = Requests()
    future = c.client_streaming.future(requests, timeout=CALL_TIMEOUT)
    future.cancel()
    requests.close()
    expect(future.cancelled(), "call not cancelled")
    expect(future.code() == grpc.StatusCode.CANCELLED, "status %s" % future.code())


@case
def custom_metadata(c):
    metadata = (ECHO_INITIAL, ECHO_TRAILING)
    response, call = c.unary.with_call(c.large_request(), metadata=metadata, timeout=CALL_TIMEOUT)
    check_large_response(response)
    check_echoed_metadata(call.initial_metadata(), call.trailing_metadata(), "unary")

    requests = Requests()
    stream = c.full_duplex(requests, metadata=metadata, timeout=CALL_TIMEOUT)
    requests.send(c.streaming_request([314159], payload_size=271828))
    requests.close()
    sizes = [len(r.payload.body) for r in stream]
    expect(sizes == [314159], "full duplex response sizes %s" % sizes)
    check_echoed_metadata(stream.initial_metadata(), stream.trailing_metadata(), "full duplex")


def check_echoed_metadata(initial, trailing, where):
    expect(ECHO_INITIAL in tuple(initial or ()), "%s: initial metadata %r" % (where, initial))
    expect(ECHO_TRAILING in tuple(trailing or ()), "%s: trailing metadata %r" % (where, trailing))


def check_echo_status(c, message):
    status = c.echo_status(2, message)
    error = call_error(lambda: c.unary(c.simple_request(response_status=status), timeout=CALL_TIMEOUT))
    expect_status(error, grpc.StatusCode.UNKNOWN, message)

    requests = Requests()
    stream = c.full_duplex(requests, timeout=CALL_TIMEOUT)
    requests.send(c.msg("grpc.testing.StreamingOutputCallRequest")(response_status=status))
    requests.close()
    error = call_error(lambda: list(stream))
    expect_status(error, grpc.StatusCode.UNKNOWN, message)


@case
def status_code_and_message(c):
    check_echo_status(c, "test status message")


@case
def special_status_message(c):
    check_echo_status(c, SPECIAL_MESSAGE)


@case
def unimplemented_method(c):
    error = call_error(lambda: c.unimplemented_method(c.msg("grpc.testing.Empty")(), timeout=CALL_TIMEOUT))
    expect_status(error, grpc.StatusCode.UNIMPLEMENTED)


@case
def unimplemented_service(c):
    error = call_error(lambda: c.unimplemented_service(c.msg("grpc.testing.Empty")(), timeout=CALL_TIMEOUT))
    expect_status(error, grpc.StatusCode.UNIMPLEMENTED)


@case
def timeout_on_sleeping_server(c):
    requests = Requests()
    stream = c.full_duplex(requests, timeout=0.001)
    requests.send(c.streaming_request([], payload_size=27182))
    try:
        error = call_error(lambda: list(stream))
    finally:
        requests.close()
    expect_status(error, grpc.StatusCode.DEADLINE_EXCEEDED)


@case
def cancel_after_first_response(c):
    requests = Requests()
    stream = c.full_duplex(requests, timeout=CALL_TIMEOUT)
    requests.send(c.streaming_request([31415], payload_size=27182))
    first = next(stream)
    expect(len(first.payload.body) == 31415, "first response size %d" % len(first.payload.body))
    stream.cancel()
    requests.close()
    error = call_error(lambda: list(stream))
    expect_status(error, grpc.StatusCode.CANCELLED)
    expect(stream.code() == grpc.StatusCode.CANCELLED, "call code %s" % stream.code())


@case
def client_compressed_unary(c):
    probe = c.large_request(expect_compressed=c.bool_value(True))
    error = call_error(lambda: c.unary(probe, timeout=CALL_TIMEOUT))
    expect_status(error, grpc.StatusCode.INVALID_ARGUMENT)
    check_large_response(c.unary(probe, compression=grpc.Compression.Gzip, timeout=CALL_TIMEOUT))
    plain = c.large_request(expect_compressed=c.bool_value(False))
    check_large_response(c.unary(plain, timeout=CALL_TIMEOUT))


@case
def server_compressed_unary(c):
    for compressed in (True, False):
        request = c.large_request(response_compressed=c.bool_value(compressed))
        check_large_response(c.unary(request, timeout=CALL_TIMEOUT))


@case
def concurrent_large_unary(c):
    calls = [c.unary.future(c.large_request(), timeout=CASE_TIMEOUT - 5) for _ in range(100)]
    for call in calls:
        check_large_response(call.result())


@case
def health_check(c):
    request = c.msg("grpc.health.v1.HealthCheckRequest")
    serving = c.msg("grpc.health.v1.HealthCheckResponse").SERVING
    response = c.health_check(request(service=""), timeout=CALL_TIMEOUT)
    expect(response.status == serving, "status %d for the server" % response.status)
    error = call_error(lambda: c.health_check(request(service="no.such.Service"), timeout=CALL_TIMEOUT))
    expect_status(error, grpc.StatusCode.NOT_FOUND)


@case
def health_watch(c):
    request = c.msg("grpc.health.v1.HealthCheckRequest")
    statuses = c.msg("grpc.health.v1.HealthCheckResponse")
    for service, wanted in (("", statuses.SERVING), ("no.such.Service", statuses.SERVICE_UNKNOWN)):
        stream = c.health_watch(request(service=service), timeout=CALL_TIMEOUT)
        first = next(stream)
        stream.cancel()
        expect(first.status == wanted, "first status %d for %r, expected %d" % (first.status, service, wanted))


def reflect(c, version, **fields):
    call, request = c.reflection[version]
    return list(call(iter([request(**fields)]), timeout=CALL_TIMEOUT))


def check_reflection(c, version):
    (listing,) = reflect(c, version, list_services="")
    names = {s.name for s in listing.list_services_response.service}
    for wanted in ("grpc.testing.TestService", "grpc.health.v1.Health"):
        expect(wanted in names, "%s listing lacks %s: %s" % (version, wanted, sorted(names)))

    (found,) = reflect(c, version, file_containing_symbol="grpc.testing.TestService")
    files = [descriptor_pb2.FileDescriptorProto.FromString(b)
             for b in found.file_descriptor_response.file_descriptor_proto]
    methods = {m.name for f in files if f.package == "grpc.testing"
               for s in f.service if s.name == "TestService" for m in s.method}
    expect({"UnaryCall", "FullDuplexCall"} <= methods, "%s: TestService methods %s" % (version, methods))

    (missing,) = reflect(c, version, file_containing_symbol="no.such.Symbol")
    code = missing.error_response.error_code
    expect(code == grpc.StatusCode.NOT_FOUND.value[0], "%s: unknown symbol error code %d" % (version, code))


@case
def reflection_v1(c):
    check_reflection(c, "v1")


@case
def reflection_v1alpha(c):
    check_reflection(c, "v1alpha")


def run_case(fn, client):
    outcome = {}

    def body():
        try:
            fn(client)
            outcome["ok"] = True
        except Failure as failure:
            outcome["why"] = str(failure)
        except Exception as error:  # an unexpected RpcError or protocol error is a failure too
            outcome["why"] = "%s: %s" % (type(error).__name__, error)

    worker = threading.Thread(target=body, daemon=True)
    worker.start()
    worker.join(CASE_TIMEOUT)
    if worker.is_alive():
        return "timed out after %ds" % CASE_TIMEOUT
    return None if outcome.get("ok") else outcome.get("why", "no outcome")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--proto-root", default="/usr/share/grpc-proto")
    parser.add_argument("--case", action="append", help="run only these cases")
    args = parser.parse_args()

    msg = load_messages(args.proto_root)
    failed = 0
    with grpc.insecure_channel("%s:%d" % (args.host, args.port)) as channel:
        client = Client(channel, msg)
        for fn in CASES:
            if args.case and fn.__name__ not in args.case:
                continue
            why = run_case(fn, client)
            if why is None:
                print("PASS python/%s" % fn.__name__, flush=True)
            else:
                failed += 1
                print("FAIL python/%s: %s" % (fn.__name__, why.replace("\n", " ")), flush=True)
    return min(failed, 100)


if __name__ == "__main__":
    sys.exit(main())
