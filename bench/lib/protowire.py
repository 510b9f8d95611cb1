"""Hand-written protobuf encoding for fixed h2load request bodies (no generated code needed)."""
import struct


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out


def field(number, wire, payload):
    key = varint(number << 3 | wire)
    return key + (varint(len(payload)) + payload if wire == 2 else payload)


def text(number, value):
    return field(number, 2, value.encode())


def frame(message):
    """A gRPC length-prefixed, uncompressed message."""
    return b"\x00" + struct.pack(">I", len(message)) + message
