using System.Net;

namespace RoutingRules.Grpc.Tests;

/// <summary>A request body sent as separate DATA frames: each chunk is flushed, then a pause.</summary>
internal sealed class ChunkedContent(params byte[][] chunks) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        foreach (var chunk in chunks)
        {
            await stream.WriteAsync(chunk);
            await stream.FlushAsync();
            await Task.Delay(50);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
