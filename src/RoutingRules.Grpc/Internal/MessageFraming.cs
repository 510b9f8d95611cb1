using System.Buffers;
using System.Buffers.Binary;

namespace RoutingRules.Grpc;

/// <summary>
/// The gRPC length-prefixed message: 1 byte compressed flag, 4 bytes big-endian length, payload.
/// Parsing works on a <see cref="ReadOnlySequence{T}"/>, so a prefix or payload may span any number
/// of DATA frames (segments).
/// </summary>
internal static class MessageFraming
{
    internal static FrameParseResult TryParse(
        in ReadOnlySequence<byte> buffer, int maxMessageSize, out bool compressed, out int length, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        length = 0;
        payload = default;
        if (buffer.Length < GrpcProtocol.MessageHeaderSize)
        {
            return FrameParseResult.Incomplete;
        }

        Span<byte> header = stackalloc byte[GrpcProtocol.MessageHeaderSize];
        var first = buffer.FirstSpan;
        if (first.Length >= GrpcProtocol.MessageHeaderSize)
        {
            first[..GrpcProtocol.MessageHeaderSize].CopyTo(header);
        }
        else
        {
            buffer.Slice(0, GrpcProtocol.MessageHeaderSize).CopyTo(header);
        }

        if (header[0] > 1)
        {
            return FrameParseResult.InvalidFlag;
        }

        compressed = header[0] == 1;
        var announced = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (announced > (uint)maxMessageSize)
        {
            length = announced > int.MaxValue ? int.MaxValue : (int)announced;
            return FrameParseResult.TooLarge;
        }

        length = (int)announced;
        if (buffer.Length - GrpcProtocol.MessageHeaderSize < length)
        {
            return FrameParseResult.Incomplete;
        }

        payload = buffer.Slice(GrpcProtocol.MessageHeaderSize, length);
        return FrameParseResult.Complete;
    }

    internal static void WriteHeader(Span<byte> destination, bool compressed, int length)
    {
        destination[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }
}
