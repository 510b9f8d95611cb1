using System.IO.Pipelines;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace RoutingRules.Grpc.Tests;

/// <summary>
/// Kestrel fails the request pipe as soon as a client resets its stream but fires RequestAborted
/// later, from the thread pool. These tests hold that moment still: the pipe is failed, the token
/// is not, and the call must still be seen as the client's cancellation, not as a handler error.
/// </summary>
public class ServerCallHandlerResetTests
{
    private static readonly IOException Reset = new("The client reset the request stream.");

    [Fact]
    public async Task ClientStreaming_RequestPipeFailsBeforeRequestAbortedFires_LoggedAsCancelled()
    {
        var method = new ClientStreamingServerMethod<Int32Value, Int64Value>("test.Probe", "Count", Int32Value.Parser, async (requests, _) =>
        {
            long count = 0;
            await foreach (var request in requests)
            {
                count++;
            }

            return new Int64Value { Value = count };
        });

        var logged = await HandleAsync(method, messagesBeforeReset: 1);

        var entry = Assert.Single(logged);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Contains("cancelled by the client", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unary_RequestPipeFailsBeforeTheMessageEnds_LoggedAsCancelled()
    {
        var method = new UnaryServerMethod<Int32Value, Int32Value>("test.Probe", "Echo", Int32Value.Parser, (request, _) => Task.FromResult(request));

        var logged = await HandleAsync(method, messagesBeforeReset: 0);

        Assert.Equal(LogLevel.Debug, Assert.Single(logged).Level);
    }

    [Fact]
    public async Task Handler_ThrowsItsOwnIOException_StillLoggedAsHandlerError()
    {
        var method = new UnaryServerMethod<Int32Value, Int32Value>("test.Probe", "Disk", Int32Value.Parser, (_, _) =>
            throw new IOException("disk full"));

        var logged = await HandleAsync(method, messagesBeforeReset: 1, completeCleanly: true);

        Assert.Equal(LogLevel.Error, Assert.Single(logged).Level);
    }

    private static async Task<IReadOnlyCollection<RecordedLog>> HandleAsync(
        ServerMethod method, int messagesBeforeReset, bool completeCleanly = false)
    {
        var body = new Pipe();
        for (var i = 0; i < messagesBeforeReset; i++)
        {
            var message = new Int32Value { Value = i + 1 }.ToByteArray();
            var frame = new byte[GrpcProtocol.MessageHeaderSize + message.Length];
            MessageFraming.WriteHeader(frame, compressed: false, message.Length);
            message.CopyTo(frame, GrpcProtocol.MessageHeaderSize);
            await body.Writer.WriteAsync(frame);
        }

        if (completeCleanly)
        {
            await body.Writer.CompleteAsync();
        }
        else
        {
            await body.Writer.CompleteAsync(Reset);
        }

        var httpContext = new DefaultHttpContext();
        httpContext.Request.Protocol = "HTTP/2";
        httpContext.Request.ContentType = "application/grpc";
        httpContext.Features.Set<IRequestBodyPipeFeature>(new RequestBody(body.Reader));
        httpContext.Features.Set<IHttpResponseTrailersFeature>(new ResponseTrailers());

        using var logs = new RecordingLoggerProvider();
        var handler = new ServerCallHandler(method, new GrpcLayerOptions(), logs.CreateLogger("RoutingRules.Grpc.Server"));
        await handler.HandleAsync(httpContext);

        Assert.False(httpContext.RequestAborted.IsCancellationRequested);
        return logs.Entries;
    }

    private sealed class RequestBody(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader { get; } = reader;
    }

    private sealed class ResponseTrailers : IHttpResponseTrailersFeature
    {
        public IHeaderDictionary Trailers { get; set; } = new HeaderDictionary();
    }
}
