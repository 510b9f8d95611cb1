using System.Buffers;
using System.IO.Compression;

namespace RoutingRules.Grpc;

/// <summary>gzip message compression (the only codec besides identity that the layer offers).</summary>
internal static class GzipCodec
{
    /// <summary>Decompresses a message; returns null when the result would exceed <paramref name="maxSize"/>.</summary>
    /// <exception cref="InvalidDataException">The payload is not valid gzip.</exception>
    internal static byte[]? Decompress(in ReadOnlySequence<byte> compressed, int maxSize)
    {
        var input = compressed.IsSingleSegment ? compressed.First.ToArray() : compressed.ToArray();
        using var source = new MemoryStream(input, writable: false);
        using var gzip = new GZipStream(source, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > maxSize)
                {
                    return null;
                }

                output.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return output.ToArray();
    }

    internal static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
