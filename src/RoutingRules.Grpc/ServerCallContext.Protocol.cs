using System.Buffers;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RoutingRules.Grpc;

/// <summary>The wire side of a call: request decoding, response framing, status and deadline.</summary>
public sealed partial class ServerCallContext
{
    private bool _headersSent;
    private bool _completed;
    private bool _clientAcceptsGzip;
    private bool _requestGzip;
    private bool _responseGzip;
    private CancellationTokenSource? _deadlineCts;
    private CancellationToken _requestAborted;
    private TaskCompletionSource? _deadlineReached;
    private SemaphoreSlim? _writeLock;

    // Set on the timer thread, read by the call's thread.
    private volatile bool _deadlineExceeded;

    internal bool DeadlineExceeded => _deadlineExceeded;

    /// <summary>
    /// Reading the request failed with an I/O error: the client reset the stream or the connection
    /// went. Kestrel fails the request pipe at once but fires RequestAborted from the thread pool, so
    /// a read can see the reset before the token says so.
    /// </summary>
    internal bool RequestStreamFailed { get; private set; }

    internal Task? DeadlineTask => _deadlineReached?.Task;

    /// <summary>Reads the call-level request headers; returns the error to answer with, or null.</summary>
    internal GrpcStatusException? Initialize()
    {
        var headers = HttpContext.Request.Headers;
        var encoding = headers.GrpcEncoding;
        if (encoding.Count > 0)
        {
            var name = encoding[0];
            if (string.Equals(name, GrpcProtocol.Gzip, StringComparison.OrdinalIgnoreCase))
            {
                _requestGzip = true;
            }
            else if (!string.Equals(name, GrpcProtocol.Identity, StringComparison.OrdinalIgnoreCase))
            {
                return new GrpcStatusException(StatusCode.Unimplemented, $"Unsupported grpc-encoding value '{name}'. Supported encodings: identity, gzip");
            }
        }

        var accept = headers.GrpcAcceptEncoding;
        _clientAcceptsGzip = accept.Count > 0 && GrpcProtocol.AcceptsGzip(accept);
        CompressResponses = _clientAcceptsGzip && _options.EnableResponseCompression;

        var timeout = headers.GrpcTimeout;
        if (timeout.Count > 0)
        {
            if (!GrpcTimeout.TryParse(timeout[0], out var span))
            {
                return new GrpcStatusException(StatusCode.Internal, $"Invalid grpc-timeout value '{timeout[0]}'.");
            }

            StartDeadline(span);
        }

        return null;
    }

    /// <summary>
    /// Reads the one message of a unary request and proves the stream ends after it. The body is
    /// consumed only once the end of stream is seen, so the common case (message and END_STREAM in
    /// one read) costs a single ReadAsync/AdvanceTo pair: each AdvanceTo takes Kestrel's HTTP/2
    /// flow-control lock.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    internal async ValueTask<T> ReadSingleMessageAsync<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        var reader = HttpContext.Request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(CancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                var ended = result.IsCompleted || result.IsCanceled;
                var outcome = MessageFraming.TryParse(buffer, _options.MaxReceiveMessageSize, out var compressed, out var length, out var payload);
                switch (outcome)
                {
                    case FrameParseResult.TooLarge or FrameParseResult.InvalidFlag:
                        reader.AdvanceTo(buffer.Start);
                        throw FrameError(outcome, length);
                    case FrameParseResult.Complete when buffer.Length > GrpcProtocol.MessageHeaderSize + length:
                        reader.AdvanceTo(buffer.End);
                        throw new GrpcStatusException(StatusCode.Unimplemented, "Request contained more than one message; a unary call takes exactly one.");
                    case FrameParseResult.Complete when ended:
                        try
                        {
                            return Decode(parser, payload, compressed);
                        }
                        finally
                        {
                            reader.AdvanceTo(buffer.End);
                        }
                }

                if (ended)
                {
                    reader.AdvanceTo(buffer.End);
                    if (buffer.Length == 0)
                    {
                        throw new GrpcStatusException(StatusCode.Unimplemented, "Request did not contain a message; a unary call takes exactly one.");
                    }

                    throw new GrpcStatusException(StatusCode.Internal, "Incomplete message: the request ended inside a length-prefixed message.");
                }

                // A whole message without END_STREAM yet, or a partial one: wait for more, consume nothing.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (IOException)
        {
            RequestStreamFailed = true;
            throw;
        }
    }

    /// <summary>The status of a message prefix that cannot be read: too large, or a compressed flag other than 0 or 1.</summary>
    private GrpcStatusException FrameError(FrameParseResult outcome, int length) => outcome == FrameParseResult.TooLarge
        ? new GrpcStatusException(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {_options.MaxReceiveMessageSize})")
        : new GrpcStatusException(StatusCode.Internal, "Invalid compressed-flag byte in message prefix.");

    /// <summary>Reads the next request message; null at a clean end of stream.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    internal async ValueTask<T?> ReadMessageAsync<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        var reader = HttpContext.Request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(CancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                var outcome = MessageFraming.TryParse(buffer, _options.MaxReceiveMessageSize, out var compressed, out var length, out var payload);
                switch (outcome)
                {
                    case FrameParseResult.Complete:
                        try
                        {
                            return Decode(parser, payload, compressed);
                        }
                        finally
                        {
                            reader.AdvanceTo(payload.End);
                        }

                    case FrameParseResult.TooLarge or FrameParseResult.InvalidFlag:
                        reader.AdvanceTo(buffer.Start);
                        throw FrameError(outcome, length);
                }

                if (result.IsCompleted || result.IsCanceled)
                {
                    reader.AdvanceTo(buffer.End);
                    if (buffer.Length == 0)
                    {
                        return default;
                    }

                    throw new GrpcStatusException(StatusCode.Internal, "Incomplete message: the request ended inside a length-prefixed message.");
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (IOException)
        {
            RequestStreamFailed = true;
            throw;
        }
    }

    internal async IAsyncEnumerable<T> ReadAllAsync<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        while (await ReadMessageAsync(parser).ConfigureAwait(false) is { } message)
        {
            yield return message;
        }
    }

    internal async ValueTask WriteMessageAsync(IMessage message, bool compress, bool flush)
    {
        if (_writeLock is null)
        {
            WriteMessage(message, compress);
            if (flush)
            {
                await HttpContext.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await _writeLock.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            WriteMessage(message, compress);
            if (flush)
            {
                await HttpContext.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private T Decode<T>(MessageParser<T> parser, in ReadOnlySequence<byte> payload, bool compressed)
        where T : IMessage<T>
    {
        RequestMessageCompressed = compressed;
        try
        {
            if (!compressed)
            {
                return parser.ParseFrom(payload);
            }

            if (!_requestGzip)
            {
                throw new GrpcStatusException(StatusCode.Internal, "Compressed message received without a grpc-encoding header.");
            }

            var bytes = GzipCodec.Decompress(payload, _options.MaxReceiveMessageSize)
                ?? throw new GrpcStatusException(StatusCode.ResourceExhausted, $"Decompressed message larger than max ({_options.MaxReceiveMessageSize}).");
            return parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new GrpcStatusException(StatusCode.Internal, "Failed to deserialize request message: " + ex.Message);
        }
        catch (InvalidDataException)
        {
            throw new GrpcStatusException(StatusCode.Internal, "Failed to decompress request message.");
        }
    }

    private void WriteMessage(IMessage message, bool compress)
    {
        if (_completed)
        {
            throw new OperationCanceledException("The call has already completed.");
        }

        EnsureHeaders();
        var size = message.CalculateSize();
        if (size > _options.MaxSendMessageSize)
        {
            throw new GrpcStatusException(StatusCode.ResourceExhausted, $"Sending message larger than max ({size} vs. {_options.MaxSendMessageSize})");
        }

        var writer = HttpContext.Response.BodyWriter;
        if (compress && _responseGzip)
        {
            var raw = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
            try
            {
                message.WriteTo(raw.AsSpan(0, size));
                var packed = GzipCodec.Compress(raw.AsSpan(0, size), _options.ResponseCompressionLevel);
                var span = writer.GetSpan(GrpcProtocol.MessageHeaderSize + packed.Length);
                MessageFraming.WriteHeader(span, compressed: true, packed.Length);
                packed.CopyTo(span[GrpcProtocol.MessageHeaderSize..]);
                writer.Advance(GrpcProtocol.MessageHeaderSize + packed.Length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(raw);
            }
        }
        else if (size <= 64 * 1024)
        {
            var span = writer.GetSpan(GrpcProtocol.MessageHeaderSize + size);
            MessageFraming.WriteHeader(span, compressed: false, size);
            message.WriteTo(span.Slice(GrpcProtocol.MessageHeaderSize, size));
            writer.Advance(GrpcProtocol.MessageHeaderSize + size);
        }
        else
        {
            var span = writer.GetSpan(GrpcProtocol.MessageHeaderSize);
            MessageFraming.WriteHeader(span, compressed: false, size);
            writer.Advance(GrpcProtocol.MessageHeaderSize);
            message.WriteTo(writer);
        }
    }

    private void EnsureHeaders()
    {
        if (_headersSent)
        {
            return;
        }

        _headersSent = true;
        var headers = HttpContext.Response.Headers;
        headers.ContentType = GrpcProtocol.ContentTypeValue;
        if (CompressResponses && _clientAcceptsGzip)
        {
            _responseGzip = true;
            headers.GrpcEncoding = GrpcProtocol.GzipValue;
        }

        headers.GrpcAcceptEncoding = GrpcProtocol.AcceptEncodingValue;
        if (_responseHeaders is { Count: > 0 })
        {
            MetadataCodec.WriteTo(_responseHeaders, headers);
        }
    }

    /// <summary>Ends the call with a status: in trailers after headers, or as a Trailers-Only response.</summary>
    internal void WriteStatus(StatusCode code, string? message, Google.Rpc.Status? details, Metadata? trailers)
    {
        _completed = true;
        var response = HttpContext.Response;
        IHeaderDictionary target;
        if (!_headersSent && !response.HasStarted)
        {
            target = response.Headers;
            target.ContentType = GrpcProtocol.ContentTypeValue;
            target.GrpcAcceptEncoding = GrpcProtocol.AcceptEncodingValue;
            if (_responseHeaders is { Count: > 0 })
            {
                MetadataCodec.WriteTo(_responseHeaders, target);
            }
        }
        else
        {
            target = HttpContext.Features.Get<IHttpResponseTrailersFeature>()!.Trailers;
        }

        target.GrpcStatus = GrpcProtocol.StatusValue(code);
        if (!string.IsNullOrEmpty(message))
        {
            target.GrpcMessage = PercentEncoding.Encode(message);
        }

        if (details is not null)
        {
            target[GrpcProtocol.StatusDetailsHeader] = MetadataCodec.EncodeBase64(details.ToByteArray());
        }

        if (_responseTrailers is { Count: > 0 })
        {
            MetadataCodec.WriteTo(_responseTrailers, target);
        }

        if (trailers is { Count: > 0 } && !ReferenceEquals(trailers, _responseTrailers))
        {
            MetadataCodec.WriteTo(trailers, target);
        }
    }

    /// <summary>Ends the call with DEADLINE_EXCEEDED while the handler may still be running.</summary>
    internal async Task CompleteWithDeadlineAsync()
    {
        await _writeLock!.WaitAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        try
        {
            WriteStatus(StatusCode.DeadlineExceeded, "Deadline Exceeded", null, null);
            await HttpContext.Response.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal void DisposeDeadline() => _deadlineCts?.Dispose();

    private void StartDeadline(TimeSpan timeout)
    {
        var now = DateTime.UtcNow;
        Deadline = timeout < DateTime.MaxValue - now ? now + timeout : DateTime.MaxValue;
        if (timeout.TotalMilliseconds >= int.MaxValue - 1)
        {
            return;
        }

        _writeLock = new SemaphoreSlim(1, 1);
        _deadlineReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requestAborted = HttpContext.RequestAborted;
        _requestAborted = requestAborted;
        _deadlineCts = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        CancellationToken = _deadlineCts.Token;
        _deadlineCts.Token.Register(static state =>
        {
            // The token captured at the start, not HttpContext.RequestAborted: the timer can fire
            // as the call completes, once the server has disposed the request's features, and
            // reading them then threw ObjectDisposedException on a timer thread (logged unhandled).
            var context = (ServerCallContext)state!;
            if (!context._requestAborted.IsCancellationRequested)
            {
                context._deadlineExceeded = true;
                context._deadlineReached!.TrySetResult();
            }
        }, this);
        _deadlineCts.CancelAfter(timeout);
    }
}
