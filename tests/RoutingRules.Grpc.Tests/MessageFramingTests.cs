using System.Buffers;

namespace RoutingRules.Grpc.Tests;

public class MessageFramingTests
{
    [Fact]
    public void TryParse_PrefixSplitAcrossSegments_ReturnsWholeMessage()
    {
        var framed = Frame([1, 2, 3, 4, 5, 6, 7], compressed: false);
        var buffer = Segments(framed, 1, 2, 3, 4, 5);

        var result = MessageFraming.TryParse(buffer, 1024, out var compressed, out var length, out var payload);

        Assert.Equal(FrameParseResult.Complete, result);
        Assert.False(compressed);
        Assert.Equal(7, length);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7 }, payload.ToArray());
    }

    [Fact]
    public void TryParse_EveryByteInItsOwnSegment_ReturnsWholeMessage()
    {
        var framed = Frame([9, 8, 7], compressed: true);
        var sizes = Enumerable.Repeat(1, framed.Length).ToArray();

        var result = MessageFraming.TryParse(Segments(framed, sizes), 1024, out var compressed, out _, out var payload);

        Assert.Equal(FrameParseResult.Complete, result);
        Assert.True(compressed);
        Assert.Equal(new byte[] { 9, 8, 7 }, payload.ToArray());
    }

    [Fact]
    public void TryParse_ZeroLengthMessage_IsComplete()
    {
        var result = MessageFraming.TryParse(new ReadOnlySequence<byte>(Frame([], compressed: false)), 1024, out _, out var length, out var payload);

        Assert.Equal(FrameParseResult.Complete, result);
        Assert.Equal(0, length);
        Assert.Equal(0, payload.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    public void TryParse_FewerBytesThanAnnounced_IsIncomplete(int available)
    {
        var framed = Frame([1, 2, 3], compressed: false);

        var result = MessageFraming.TryParse(new ReadOnlySequence<byte>(framed, 0, available), 1024, out _, out _, out _);

        Assert.Equal(FrameParseResult.Incomplete, result);
    }

    [Fact]
    public void TryParse_AnnouncedLengthOverLimit_IsTooLargeFromPrefixAlone()
    {
        byte[] prefixOnly = [0, 0, 0x40, 0, 1];

        var result = MessageFraming.TryParse(new ReadOnlySequence<byte>(prefixOnly), 4 * 1024 * 1024, out _, out var length, out _);

        Assert.Equal(FrameParseResult.TooLarge, result);
        Assert.Equal((4 * 1024 * 1024) + 1, length);
    }

    [Fact]
    public void TryParse_LengthExactlyAtLimit_IsAccepted()
    {
        var framed = Frame(new byte[16], compressed: false);

        var result = MessageFraming.TryParse(new ReadOnlySequence<byte>(framed), 16, out _, out _, out _);

        Assert.Equal(FrameParseResult.Complete, result);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0xFF)]
    public void TryParse_InvalidCompressedFlag_IsRejected(byte flag)
    {
        byte[] framed = [flag, 0, 0, 0, 1, 42];

        var result = MessageFraming.TryParse(new ReadOnlySequence<byte>(framed), 1024, out _, out _, out _);

        Assert.Equal(FrameParseResult.InvalidFlag, result);
    }

    [Fact]
    public void WriteHeader_WritesFlagAndBigEndianLength()
    {
        var header = new byte[5];

        MessageFraming.WriteHeader(header, compressed: true, 0x01020304);

        Assert.Equal(new byte[] { 1, 1, 2, 3, 4 }, header);
    }

    internal static byte[] Frame(byte[] payload, bool compressed)
    {
        var framed = new byte[5 + payload.Length];
        MessageFraming.WriteHeader(framed, compressed, payload.Length);
        payload.CopyTo(framed, 5);
        return framed;
    }

    private static ReadOnlySequence<byte> Segments(byte[] data, params int[] sizes)
    {
        var chunks = new List<byte[]>();
        var offset = 0;
        foreach (var size in sizes)
        {
            if (offset >= data.Length)
            {
                break;
            }

            var take = Math.Min(size, data.Length - offset);
            chunks.Add(data[offset..(offset + take)]);
            offset += take;
        }

        if (offset < data.Length)
        {
            chunks.Add(data[offset..]);
        }

        var first = new Segment(chunks[0], 0);
        var last = first;
        for (var i = 1; i < chunks.Count; i++)
        {
            last = last.Append(chunks[i]);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] data, long runningIndex)
        {
            Memory = data;
            RunningIndex = runningIndex;
        }

        public Segment Append(byte[] data)
        {
            var next = new Segment(data, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
