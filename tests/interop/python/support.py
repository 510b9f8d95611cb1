"""Helpers for the grpcio interop cases: runtime message classes, typed calls, assertions.

Message classes are built at run time: protoc compiles the official protos into a descriptor
set, and protobuf's descriptor pool turns it into classes, so no generated stubs are kept and
no grpc_tools is needed.
"""
import os
import queue
import subprocess
import tempfile

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

PROTOS = [
    "grpc/testing/test.proto",
    "grpc/health/v1/health.proto",
    "grpc/reflection/v1/reflection.proto",
    "grpc/reflection/v1alpha/reflection.proto",
]
CALL_TIMEOUT = 10.0
CASE_TIMEOUT = 30.0
SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"
ECHO_INITIAL = ("x-grpc-test-echo-initial", "test_initial_metadata_value")
ECHO_TRAILING = ("x-grpc-test-echo-trailing-bin", b"\xab\xab\xab")


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def load_messages(proto_root):
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "set.pb")
        subprocess.run(
            ["protoc", "-I" + proto_root, "--include_imports", "--descriptor_set_out=" + out] + PROTOS,
            check=True,
        )
        with open(out, "rb") as f:
            files = descriptor_pb2.FileDescriptorSet.FromString(f.read())
    pool = descriptor_pool.DescriptorPool()
    for proto in files.file:
        pool.Add(proto)
    make = getattr(message_factory, "GetMessageClass", None)
    if make is None:
        factory = message_factory.MessageFactory(pool)
        make = factory.GetPrototype
    return lambda name: make(pool.FindMessageTypeByName(name))


class Client:
    """Typed callables over a channel, built from the runtime message classes."""

    def __init__(self, channel, msg):
        self.msg = msg
        self.channel = channel

        def method(kind, path, req, resp):
            factory = getattr(channel, kind)
            return factory(path, request_serializer=msg(req).SerializeToString,
                           response_deserializer=msg(resp).FromString)

        t = "/grpc.testing.TestService/"
        self.empty = method("unary_unary", t + "EmptyCall", "grpc.testing.Empty", "grpc.testing.Empty")
        self.unary = method("unary_unary", t + "UnaryCall", "grpc.testing.SimpleRequest",
                            "grpc.testing.SimpleResponse")
        self.server_streaming = method("unary_stream", t + "StreamingOutputCall",
                                       "grpc.testing.StreamingOutputCallRequest",
                                       "grpc.testing.StreamingOutputCallResponse")
        self.client_streaming = method("stream_unary", t + "StreamingInputCall",
                                       "grpc.testing.StreamingInputCallRequest",
                                       "grpc.testing.StreamingInputCallResponse")
        self.full_duplex = method("stream_stream", t + "FullDuplexCall",
                                  "grpc.testing.StreamingOutputCallRequest",
                                  "grpc.testing.StreamingOutputCallResponse")
        self.unimplemented_method = method("unary_unary", t + "UnimplementedCall",
                                           "grpc.testing.Empty", "grpc.testing.Empty")
        self.unimplemented_service = method("unary_unary",
                                            "/grpc.testing.UnimplementedService/UnimplementedCall",
                                            "grpc.testing.Empty", "grpc.testing.Empty")
        h = "/grpc.health.v1.Health/"
        self.health_check = method("unary_unary", h + "Check", "grpc.health.v1.HealthCheckRequest",
                                   "grpc.health.v1.HealthCheckResponse")
        self.health_watch = method("unary_stream", h + "Watch", "grpc.health.v1.HealthCheckRequest",
                                   "grpc.health.v1.HealthCheckResponse")
        self.reflection = {}
        for version in ("v1", "v1alpha"):
            pkg = "grpc.reflection." + version
            self.reflection[version] = (
                method("stream_stream", "/" + pkg + ".ServerReflection/ServerReflectionInfo",
                       pkg + ".ServerReflectionRequest", pkg + ".ServerReflectionResponse"),
                msg(pkg + ".ServerReflectionRequest"),
            )

    def simple_request(self, **fields):
        return self.msg("grpc.testing.SimpleRequest")(**fields)

    def large_request(self, **fields):
        payload = self.msg("grpc.testing.Payload")(body=bytes(271828))
        return self.simple_request(response_size=314159, payload=payload, **fields)

    def streaming_request(self, sizes, payload_size=0, **fields):
        params = [self.msg("grpc.testing.ResponseParameters")(size=s) for s in sizes]
        payload = self.msg("grpc.testing.Payload")(body=bytes(payload_size))
        return self.msg("grpc.testing.StreamingOutputCallRequest")(
            response_parameters=params, payload=payload, **fields)

    def bool_value(self, value):
        return self.msg("grpc.testing.BoolValue")(value=value)

    def echo_status(self, code, message):
        return self.msg("grpc.testing.EchoStatus")(code=code, message=message)


class Requests:
    """A request iterator the test feeds by hand, so a stream stays open as long as needed."""

    _END = object()

    def __init__(self):
        self._queue = queue.Queue()

    def send(self, request):
        self._queue.put(request)

    def close(self):
        self._queue.put(self._END)

    def __iter__(self):
        return self

    def __next__(self):
        item = self._queue.get()
        if item is self._END:
            raise StopIteration
        return item


def expect_status(error, code, message=None):
    expect(isinstance(error, grpc.RpcError), "expected an RpcError, got %r" % (error,))
    expect(error.code() == code, "status %s, expected %s (%r)" % (error.code(), code, error.details()))
    if message is not None:
        expect(error.details() == message, "message %r, expected %r" % (error.details(), message))


def call_error(fn):
    try:
        fn()
    except grpc.RpcError as error:
        return error
    raise Failure("call succeeded, expected a failure")


def check_large_response(response):
    expect(len(response.payload.body) == 314159, "payload size %d" % len(response.payload.body))
    expect(response.payload.body == bytes(314159), "payload is not all zeros")
