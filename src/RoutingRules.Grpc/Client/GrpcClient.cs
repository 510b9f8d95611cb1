using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace RoutingRules.Grpc;

/// <summary>
/// A small gRPC client over HTTP/2 prior knowledge (h2c or TLS), built on <see cref="SocketsHttpHandler"/>.
/// Thread-safe; share one per target. Failed calls throw <see cref="GrpcStatusException"/>.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcProtocol.ContentType);
    private readonly HttpMessageInvoker _invoker;
    private readonly Uri _address;

    /// <summary>Creates a client for <paramref name="address"/>, e.g. <c>http://127.0.0.1:50051</c>.</summary>
    public GrpcClient(Uri address)
        : this(address, new SocketsHttpHandler { EnableMultipleHttp2Connections = true, AutomaticDecompression = DecompressionMethods.None }, disposeHandler: true)
    {
    }

    /// <summary>Creates a client sending through <paramref name="handler"/>.</summary>
    public GrpcClient(Uri address, HttpMessageHandler handler, bool disposeHandler)
    {
        ArgumentNullException.ThrowIfNull(address);
        _address = address;
        _invoker = new HttpMessageInvoker(handler, disposeHandler);
    }

    /// <summary>Makes a unary call and returns its response.</summary>
    /// <param name="method">Full method path, e.g. <c>/grpc.health.v1.Health/Check</c>.</param>
    /// <param name="request">The request message.</param>
    /// <param name="responseParser">Parser of the response type, e.g. <c>HealthCheckResponse.Parser</c>.</param>
    /// <param name="options">Metadata, deadline, cancellation.</param>
    /// <exception cref="GrpcStatusException">The call ended with a non-OK status.</exception>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string method, TRequest request, MessageParser<TResponse> responseParser, GrpcCallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        (await UnaryCallAsync(method, request, responseParser, options).ConfigureAwait(false)).Response;

    /// <summary>Makes a unary call and returns its response with response headers and trailers.</summary>
    /// <exception cref="GrpcStatusException">The call ended with a non-OK status.</exception>
    public async Task<GrpcUnaryResult<TResponse>> UnaryCallAsync<TRequest, TResponse>(string method, TRequest request, MessageParser<TResponse> responseParser, GrpcCallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        options ??= new GrpcCallOptions();
        using var call = new ClientCall(this, options);
        var response = await call.StartAsync(method, request).ConfigureAwait(false);
        var headers = ClientCall.ToMetadata(response.Headers);
        TResponse? message = default;
        var count = 0;
        await foreach (var item in call.ReadMessagesAsync(response, responseParser).ConfigureAwait(false))
        {
            message = item;
            count++;
        }

        if (count != 1)
        {
            throw new GrpcStatusException(StatusCode.Unimplemented, $"A unary call expects exactly one response message; received {count}.");
        }

        return new GrpcUnaryResult<TResponse>(message!, headers, ClientCall.ToMetadata(response.TrailingHeaders));
    }

    /// <summary>Makes a server-streaming call; the stream throws <see cref="GrpcStatusException"/> if the call fails.</summary>
    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TRequest, TResponse>(string method, TRequest request, MessageParser<TResponse> responseParser, GrpcCallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        options ??= new GrpcCallOptions();
        using var call = new ClientCall(this, options);
        var response = await call.StartAsync(method, request).ConfigureAwait(false);
        await foreach (var item in call.ReadMessagesAsync(response, responseParser).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Makes a client-streaming call: sends every message of <paramref name="requests"/> as it is
    /// produced, half-closes, and returns the single response.
    /// </summary>
    /// <exception cref="GrpcStatusException">The call ended with a non-OK status.</exception>
    public async Task<TResponse> ClientStreamingAsync<TRequest, TResponse>(string method, IAsyncEnumerable<TRequest> requests, MessageParser<TResponse> responseParser, GrpcCallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(requests);
        options ??= new GrpcCallOptions();
        using var call = new ClientCall(this, options);
        var response = await call.StartAsync(method, new StreamingRequestContent<TRequest>(requests, options.CompressRequest)).ConfigureAwait(false);
        TResponse? message = default;
        var count = 0;
        await foreach (var item in call.ReadMessagesAsync(response, responseParser).ConfigureAwait(false))
        {
            message = item;
            count++;
        }

        if (count != 1)
        {
            throw new GrpcStatusException(StatusCode.Unimplemented, $"A client-streaming call expects exactly one response message; received {count}.");
        }

        return message!;
    }

    /// <inheritdoc />
    public void Dispose() => _invoker.Dispose();

    /// <summary>The state of one call: request, deadline, translation of failures into statuses.</summary>
    private sealed class ClientCall(GrpcClient client, GrpcCallOptions options) : IDisposable
    {
        private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        private HttpResponseMessage? _response;

        public Task<HttpResponseMessage> StartAsync<TRequest>(string method, TRequest request)
            where TRequest : IMessage<TRequest> =>
            StartAsync(method, CreateContent(request));

        public async Task<HttpResponseMessage> StartAsync(string method, HttpContent content)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, new Uri(client._address, method))
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                Content = content,
            };
            message.Headers.TryAddWithoutValidation("te", "trailers");
            message.Headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, "identity,gzip");
            if (options.Deadline is { } deadline)
            {
                var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
                message.Headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(remaining));
                _cancellation.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
            }

            if (options.Headers is { } headers)
            {
                foreach (var entry in headers)
                {
                    if (!MetadataCodec.IsReserved(entry.Key))
                    {
                        message.Headers.TryAddWithoutValidation(entry.Key, entry.IsBinary ? MetadataCodec.EncodeBase64(entry.ValueBytes) : entry.Value);
                    }
                }
            }

            try
            {
                _response = await client._invoker.SendAsync(message, _cancellation.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException)
            {
                throw Translate(ex);
            }

            ThrowIfFailedBeforeBody(_response);
            return _response;
        }

        public async IAsyncEnumerable<T> ReadMessagesAsync<T>(HttpResponseMessage response, MessageParser<T> parser)
            where T : IMessage<T>
        {
            var gzip = response.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var encodings)
                && encodings.Any(e => string.Equals(e, GrpcProtocol.Gzip, StringComparison.OrdinalIgnoreCase));
            var stream = await response.Content.ReadAsStreamAsync(_cancellation.Token).ConfigureAwait(false);
            var reader = PipeReader.Create(stream);
            while (true)
            {
                T? message;
                try
                {
                    message = await ReadOneAsync(reader, parser, gzip).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException)
                {
                    throw Translate(ex);
                }

                if (message is null)
                {
                    break;
                }

                yield return message;
            }

            await reader.CompleteAsync().ConfigureAwait(false);
            // A Trailers-Only response already carried its status in the headers.
            var (code, detail, details) = ReadStatus(response.TrailingHeaders)
                ?? ReadStatus(response.Headers)
                ?? (StatusCode.Internal, "The response ended without a grpc-status trailer.", null);
            if (code != StatusCode.OK)
            {
                throw new GrpcStatusException(code, detail, details, ToMetadata(response.TrailingHeaders));
            }
        }

        public void Dispose()
        {
            _response?.Dispose();
            _cancellation.Dispose();
        }

        internal static Metadata ToMetadata(HttpHeaders headers)
        {
            var metadata = new Metadata();
            foreach (var (key, values) in headers)
            {
                if (MetadataCodec.IsReserved(key) || key is "date" or "server")
                {
                    continue;
                }

                foreach (var value in values)
                {
                    if (!MetadataCodec.IsBinaryKey(key))
                    {
                        metadata.AddTrusted(new MetadataEntry(key, value));
                    }
                    else if (MetadataCodec.TryDecodeBase64(value, out var bytes))
                    {
                        metadata.AddTrusted(new MetadataEntry(key, bytes));
                    }
                }
            }

            return metadata;
        }

        private static (StatusCode Code, string Detail, Google.Rpc.Status? Details)? ReadStatus(HttpHeaders headers)
        {
            if (!headers.TryGetValues(GrpcProtocol.StatusHeader, out var statuses) || !int.TryParse(statuses.First(), out var code))
            {
                return null;
            }

            var detail = headers.TryGetValues(GrpcProtocol.MessageHeader, out var messages) ? PercentEncoding.Decode(messages.First()) : string.Empty;
            Google.Rpc.Status? details = null;
            if (headers.TryGetValues(GrpcProtocol.StatusDetailsHeader, out var raw) && MetadataCodec.TryDecodeBase64(raw.First(), out var bytes))
            {
                try
                {
                    details = Google.Rpc.Status.Parser.ParseFrom(bytes);
                }
                catch (InvalidProtocolBufferException)
                {
                    details = null;
                }
            }

            return ((StatusCode)code, detail, details);
        }

        /// <summary>Trailers-Only responses and non-gRPC answers (proxies, wrong server) end the call here.</summary>
        private static void ThrowIfFailedBeforeBody(HttpResponseMessage response)
        {
            if (ReadStatus(response.Headers) is { } trailersOnly)
            {
                if (trailersOnly.Code != StatusCode.OK)
                {
                    throw new GrpcStatusException(trailersOnly.Code, trailersOnly.Detail, trailersOnly.Details, ToMetadata(response.Headers));
                }

                return;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new GrpcStatusException(HttpStatusMapping.ToStatusCode(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}");
            }

            var contentType = response.Content.Headers.ContentType?.MediaType;
            if (!GrpcProtocol.IsGrpcContentType(contentType))
            {
                throw new GrpcStatusException(StatusCode.Unknown, $"Bad gRPC response. Invalid content-type value: {contentType}");
            }
        }

        private async ValueTask<T?> ReadOneAsync<T>(PipeReader reader, MessageParser<T> parser, bool gzip)
            where T : IMessage<T>
        {
            while (true)
            {
                var result = await reader.ReadAsync(_cancellation.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                var outcome = MessageFraming.TryParse(buffer, int.MaxValue, out var compressed, out _, out var payload);
                if (outcome == FrameParseResult.Complete)
                {
                    try
                    {
                        if (!compressed)
                        {
                            return parser.ParseFrom(payload);
                        }

                        if (!gzip)
                        {
                            throw new GrpcStatusException(StatusCode.Internal, "Compressed response message without grpc-encoding.");
                        }

                        return parser.ParseFrom(GzipCodec.Decompress(payload, int.MaxValue)!);
                    }
                    catch (InvalidProtocolBufferException ex)
                    {
                        throw new GrpcStatusException(StatusCode.Internal, "Failed to deserialize response message: " + ex.Message);
                    }
                    finally
                    {
                        reader.AdvanceTo(payload.End);
                    }
                }

                if (outcome == FrameParseResult.InvalidFlag)
                {
                    throw new GrpcStatusException(StatusCode.Internal, "Invalid compressed-flag byte in response message.");
                }

                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return buffer.Length == 0
                        ? default
                        : throw new GrpcStatusException(StatusCode.Internal, "The response ended inside a message.");
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }

        private ByteArrayContent CreateContent<TRequest>(TRequest request)
            where TRequest : IMessage<TRequest>
        {
            var raw = request.ToByteArray();
            var compress = options.CompressRequest;
            var body = compress ? GzipCodec.Compress(raw, System.IO.Compression.CompressionLevel.Fastest) : raw;
            var framed = new byte[GrpcProtocol.MessageHeaderSize + body.Length];
            MessageFraming.WriteHeader(framed, compress, body.Length);
            body.CopyTo(framed, GrpcProtocol.MessageHeaderSize);
            var content = new ByteArrayContent(framed);
            content.Headers.ContentType = GrpcContentType;
            if (compress)
            {
                content.Headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.Gzip);
            }

            return content;
        }

        private GrpcStatusException Translate(Exception exception)
        {
            if (exception is GrpcStatusException status)
            {
                return status;
            }

            // The deadline timer may fire a little before the wall clock reaches the deadline, so a
            // cancellation the caller did not ask for is the deadline's.
            var deadlineFired = _cancellation.IsCancellationRequested && !options.CancellationToken.IsCancellationRequested;
            if (options.Deadline is { } deadline && (deadlineFired || deadline.ToUniversalTime() <= DateTime.UtcNow))
            {
                return new GrpcStatusException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            }

            if (exception is OperationCanceledException)
            {
                return new GrpcStatusException(StatusCode.Cancelled, "Call cancelled by the client.");
            }

            return new GrpcStatusException(StatusCode.Unavailable, "Error connecting to the server: " + exception.Message);
        }
    }
}
