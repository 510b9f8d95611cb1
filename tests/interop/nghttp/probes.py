#!/usr/bin/python3
"""Raw HTTP/2 probes with nghttp: requests no well-behaved gRPC client would send.

Bodies are crafted byte by byte (the 5-byte gRPC prefix is written here, not by a library),
sent with `nghttp -v -d FILE`, and the HTTP status, grpc-status and other response headers are
read back from nghttp's frame log. Each probe prints `PASS nghttp/<case>` or
`FAIL nghttp/<case>: why`; the exit code is the number of failures (capped).
"""
import argparse
import gzip
import os
import re
import struct
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from support import SPECIAL_MESSAGE, Failure, expect, load_messages  # noqa: E402

PROBE_TIMEOUT = 20
MAX_MESSAGE = 4 * 1024 * 1024
UNARY = "/grpc.testing.TestService/UnaryCall"
EMPTY = "/grpc.testing.TestService/EmptyCall"
STREAMING_OUTPUT = "/grpc.testing.TestService/StreamingOutputCall"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def framed(message, compressed=False):
    return struct.pack(">BI", 1 if compressed else 0, len(message)) + message


class Response:
    def __init__(self, log, body):
        self.log = log
        self.body = body
        self.headers = {}
        for name, value in re.findall(r"recv \(stream_id=\d+\) ([^:\s][^:]*|:status): (.*)", log):
            self.headers.setdefault(name.strip(), value.strip())

    def header(self, name):
        return self.headers.get(name)

    def grpc_status(self):
        value = self.header("grpc-status")
        return None if value is None else int(value)

    def describe(self):
        reset = re.search(r"recv RST_STREAM frame.*\n\s*\(error_code=([^)]*)\)", self.log)
        shown = {k: v for k, v in self.headers.items() if k not in ("date", "server")}
        return "headers %s%s" % (shown, " RST_STREAM " + reset.group(1) if reset else "")


class Prober:
    def __init__(self, base_url, workdir):
        self.base_url = base_url
        self.workdir = workdir

    def send(self, path, body, headers=None, content_type="application/grpc"):
        """Sends one POST and returns the parsed frame log and the raw response body."""
        data = os.path.join(self.workdir, "body.bin")
        with open(data, "wb") as f:
            f.write(body)
        args = ["-H", "te: trailers"]
        if content_type is not None:
            args += ["-H", "content-type: " + content_type]
        for name, value in (headers or {}).items():
            args += ["-H", "%s: %s" % (name, value)]
        url = self.base_url + path
        verbose = self._run(["nghttp", "-v", "-d", data] + args + [url])
        quiet = subprocess.run(["nghttp", "-d", data] + args + [url], capture_output=True,
                               timeout=PROBE_TIMEOUT)
        return Response(verbose, quiet.stdout)

    @staticmethod
    def _run(command):
        done = subprocess.run(command, capture_output=True, timeout=PROBE_TIMEOUT)
        return done.stdout.decode("latin-1") + done.stderr.decode("latin-1")


def expect_grpc_status(response, code):
    expect(response.header(":status") == "200", "HTTP status %s, %s" % (response.header(":status"),
                                                                       response.describe()))
    expect(response.grpc_status() == code, "grpc-status %s, expected %d; %s"
           % (response.grpc_status(), code, response.describe()))


@case
def wrong_content_type_gets_415(p, msg):
    response = p.send(EMPTY, framed(b""), content_type="text/plain")
    expect(response.header(":status") == "415", "HTTP status %s, expected 415; %s"
           % (response.header(":status"), response.describe()))


@case
def well_formed_request_is_ok(p, msg):
    request = msg("grpc.testing.SimpleRequest")(response_size=7)
    response = p.send(UNARY, framed(request.SerializeToString()))
    expect_grpc_status(response, 0)
    expect(response.body[:5] == struct.pack(">BI", 0, len(response.body) - 5),
           "response prefix %r for a %d-byte body" % (response.body[:5], len(response.body)))
    parsed = msg("grpc.testing.SimpleResponse").FromString(response.body[5:])
    expect(len(parsed.payload.body) == 7, "payload size %d" % len(parsed.payload.body))


@case
def grpc_proto_content_type_is_accepted(p, msg):
    response = p.send(EMPTY, framed(b""), content_type="application/grpc+proto")
    expect_grpc_status(response, 0)
    expect((response.header("content-type") or "").startswith("application/grpc"),
           "response content-type %r" % response.header("content-type"))


@case
def error_status_is_trailers_only(p, msg):
    response = p.send("/grpc.testing.TestService/UnimplementedCall", framed(b""))
    expect_grpc_status(response, 12)
    frames = re.findall(r"recv (HEADERS|DATA) frame <[^>]*flags=(0x[0-9a-f]+)", response.log)
    expect(len(frames) == 1 and frames[0][0] == "HEADERS" and int(frames[0][1], 16) & 0x1,
           "expected one HEADERS frame with END_STREAM, got %s" % frames)


@case
def grpc_message_is_percent_encoded(p, msg):
    status = msg("grpc.testing.EchoStatus")(code=2, message=SPECIAL_MESSAGE)
    request = msg("grpc.testing.SimpleRequest")(response_status=status)
    response = p.send(UNARY, framed(request.SerializeToString()))
    expect_grpc_status(response, 2)
    raw = response.header("grpc-message") or ""
    # Allowed unencoded: space and VCHAR except '%'; everything else as %XX of its UTF-8 bytes.
    expect(re.fullmatch(r"(?:[\x20-\x24\x26-\x7e]|%[0-9A-Fa-f]{2})*", raw) is not None,
           "grpc-message %r is not percent-encoded" % raw)
    decoded = urllib.parse.unquote(raw, encoding="utf-8", errors="strict")
    expect(decoded == SPECIAL_MESSAGE, "grpc-message decodes to %r" % decoded)


@case
def gzip_request_is_decompressed(p, msg):
    payload = msg("grpc.testing.Payload")(body=bytes(1000))
    request = msg("grpc.testing.SimpleRequest")(response_size=3, payload=payload)
    body = framed(gzip.compress(request.SerializeToString()), compressed=True)
    response = p.send(UNARY, body, headers={"grpc-encoding": "gzip"})
    expect_grpc_status(response, 0)


@case
def gzip_response_has_flag_and_encoding(p, msg):
    request = msg("grpc.testing.SimpleRequest")(
        response_size=50000, response_compressed=msg("grpc.testing.BoolValue")(value=True))
    response = p.send(UNARY, framed(request.SerializeToString()), headers={"grpc-accept-encoding": "gzip"})
    expect_grpc_status(response, 0)
    expect(response.header("grpc-encoding") == "gzip", "grpc-encoding %r" % response.header("grpc-encoding"))
    flag, length = struct.unpack(">BI", response.body[:5])
    expect(flag == 1, "compressed flag %d" % flag)
    expect(length == len(response.body) - 5 and length < 50000, "prefix length %d of %d bytes"
           % (length, len(response.body) - 5))
    parsed = msg("grpc.testing.SimpleResponse").FromString(gzip.decompress(response.body[5:]))
    expect(len(parsed.payload.body) == 50000, "payload size %d" % len(parsed.payload.body))


@case
def compressed_flag_without_encoding_is_internal(p, msg):
    body = framed(gzip.compress(b""), compressed=True)
    expect_grpc_status(p.send(EMPTY, body), 13)


@case
def unsupported_encoding_is_unimplemented(p, msg):
    body = framed(b"\x00\x01\x02\x03", compressed=True)
    response = p.send(EMPTY, body, headers={"grpc-encoding": "x-no-such-codec"})
    expect_grpc_status(response, 12)
    accepted = response.header("grpc-accept-encoding")
    expect(accepted is not None and "gzip" in accepted, "grpc-accept-encoding %r" % accepted)


@case
def truncated_body_is_internal(p, msg):
    expect_grpc_status(p.send(UNARY, struct.pack(">BI", 0, 10) + b"\x10\x07"), 13)


@case
def two_messages_to_unary_is_unimplemented(p, msg):
    request = msg("grpc.testing.SimpleRequest")(response_size=1).SerializeToString()
    expect_grpc_status(p.send(UNARY, framed(request) + framed(request)), 12)


@case
def oversize_message_is_resource_exhausted(p, msg):
    payload = msg("grpc.testing.Payload")(body=bytes(MAX_MESSAGE + 1024))
    request = msg("grpc.testing.SimpleRequest")(response_size=1, payload=payload)
    expect_grpc_status(p.send(UNARY, framed(request.SerializeToString())), 8)


@case
def malformed_protobuf_is_internal(p, msg):
    # Field 3 (payload) announces 16 bytes and only 2 follow.
    expect_grpc_status(p.send(UNARY, framed(b"\x1a\x10ab")), 13)


@case
def server_enforces_grpc_timeout(p, msg):
    slow = msg("grpc.testing.ResponseParameters")(size=1, interval_us=3000000)
    request = msg("grpc.testing.StreamingOutputCallRequest")(response_parameters=[slow])
    response = p.send(STREAMING_OUTPUT, framed(request.SerializeToString()), headers={"grpc-timeout": "200m"})
    expect_grpc_status(response, 4)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--proto-root", default="/usr/share/grpc-proto")
    parser.add_argument("--case", action="append", help="run only these probes")
    args = parser.parse_args()

    msg = load_messages(args.proto_root)
    failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        prober = Prober("http://%s:%d" % (args.host, args.port), workdir)
        for fn in CASES:
            if args.case and fn.__name__ not in args.case:
                continue
            try:
                fn(prober, msg)
                print("PASS nghttp/%s" % fn.__name__, flush=True)
            except Exception as error:  # a crash in one probe is its failure, not the suite's
                failed += 1
                print("FAIL nghttp/%s: %s" % (fn.__name__, str(error).replace("\n", " ")), flush=True)
    return min(failed, 100)


if __name__ == "__main__":
    sys.exit(main())
