using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace RoutingRules.Grpc;

/// <summary>
/// A request body that frames and sends each message of a client stream as it is produced, so a
/// large upload never sits in memory as a whole; each message is flushed to the server.
/// </summary>
internal sealed class StreamingRequestContent<TRequest> : HttpContent
    where TRequest : IMessage<TRequest>
{
    private readonly IAsyncEnumerable<TRequest> _requests;
    private readonly bool _compress;

    public StreamingRequestContent(IAsyncEnumerable<TRequest> requests, bool compress)
    {
        _requests = requests;
        _compress = compress;
        Headers.ContentType = new MediaTypeHeaderValue(GrpcProtocol.ContentType);
        if (compress)
        {
            Headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.Gzip);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var header = new byte[GrpcProtocol.MessageHeaderSize];
        await foreach (var request in _requests.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var raw = request.ToByteArray();
            var body = _compress ? GzipCodec.Compress(raw, System.IO.Compression.CompressionLevel.Fastest) : raw;
            MessageFraming.WriteHeader(header, _compress, body.Length);
            await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
