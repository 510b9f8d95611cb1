using Google.Protobuf;
using Grpc.Testing;

namespace RoutingRules.Grpc.InteropServer;

/// <summary>grpc.testing.TestService as the gRPC interop test descriptions expect a server to behave.</summary>
public static class TestService
{
    private const string EchoInitialKey = "x-grpc-test-echo-initial";
    private const string EchoTrailingKey = "x-grpc-test-echo-trailing-bin";

    /// <summary>The service definition; UnimplementedCall is deliberately left out so the layer answers UNIMPLEMENTED.</summary>
    public static GrpcServiceDefinition Create() =>
        GrpcServiceDefinition.Create(TestReflection.Descriptor.Services[0])
            .Unary<Empty, Empty>("EmptyCall", Empty.Parser, (_, context) =>
            {
                EchoMetadata(context);
                return Task.FromResult(new Empty());
            })
            .Unary<SimpleRequest, SimpleResponse>("UnaryCall", SimpleRequest.Parser, UnaryCallAsync)
            .Unary<SimpleRequest, SimpleResponse>("CacheableUnaryCall", SimpleRequest.Parser, UnaryCallAsync)
            .ServerStreaming<StreamingOutputCallRequest, StreamingOutputCallResponse>("StreamingOutputCall", StreamingOutputCallRequest.Parser, StreamingOutputCallAsync)
            .ClientStreaming<StreamingInputCallRequest, StreamingInputCallResponse>("StreamingInputCall", StreamingInputCallRequest.Parser, StreamingInputCallAsync)
            .DuplexStreaming<StreamingOutputCallRequest, StreamingOutputCallResponse>("FullDuplexCall", StreamingOutputCallRequest.Parser, FullDuplexCallAsync)
            .DuplexStreaming<StreamingOutputCallRequest, StreamingOutputCallResponse>("HalfDuplexCall", StreamingOutputCallRequest.Parser, HalfDuplexCallAsync);

    private static Task<SimpleResponse> UnaryCallAsync(SimpleRequest request, ServerCallContext context)
    {
        EchoMetadata(context);
        if (request.ExpectCompressed is { Value: true } && !context.RequestMessageCompressed)
        {
            throw new GrpcStatusException(StatusCode.InvalidArgument, "Expected a compressed request message.");
        }

        ThrowIfStatusRequested(request.ResponseStatus);
        context.CompressResponses = request.ResponseCompressed is { Value: true };
        return Task.FromResult(new SimpleResponse { Payload = Zeros(request.ResponseSize) });
    }

    private static async Task StreamingOutputCallAsync(
        StreamingOutputCallRequest request, IGrpcStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        EchoMetadata(context);
        await RespondAsync(request, responses, context).ConfigureAwait(false);
        ThrowIfStatusRequested(request.ResponseStatus);
    }

    private static async Task<StreamingInputCallResponse> StreamingInputCallAsync(
        IAsyncEnumerable<StreamingInputCallRequest> requests, ServerCallContext context)
    {
        EchoMetadata(context);
        var total = 0;
        await foreach (var request in requests.ConfigureAwait(false))
        {
            if (request.ExpectCompressed is { Value: true } && !context.RequestMessageCompressed)
            {
                throw new GrpcStatusException(StatusCode.InvalidArgument, "Expected a compressed request message.");
            }

            total += request.Payload?.Body.Length ?? 0;
        }

        return new StreamingInputCallResponse { AggregatedPayloadSize = total };
    }

    private static async Task FullDuplexCallAsync(
        IAsyncEnumerable<StreamingOutputCallRequest> requests, IGrpcStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        EchoMetadata(context);
        await foreach (var request in requests.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            ThrowIfStatusRequested(request.ResponseStatus);
            await RespondAsync(request, responses, context).ConfigureAwait(false);
        }
    }

    private static async Task HalfDuplexCallAsync(
        IAsyncEnumerable<StreamingOutputCallRequest> requests, IGrpcStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        EchoMetadata(context);
        var buffered = new List<StreamingOutputCallRequest>();
        await foreach (var request in requests.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            buffered.Add(request);
        }

        foreach (var request in buffered)
        {
            ThrowIfStatusRequested(request.ResponseStatus);
            await RespondAsync(request, responses, context).ConfigureAwait(false);
        }
    }

    private static async Task RespondAsync(
        StreamingOutputCallRequest request, IGrpcStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.Compressed is { Value: true })
            {
                context.CompressResponses = true;
            }
        }

        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), context.CancellationToken).ConfigureAwait(false);
            }

            var response = new StreamingOutputCallResponse { Payload = Zeros(parameters.Size) };
            await responses.WriteAsync(response, parameters.Compressed is { Value: true }).ConfigureAwait(false);
        }
    }

    private static void EchoMetadata(ServerCallContext context)
    {
        if (context.RequestHeaders.GetValue(EchoInitialKey) is { } initial && context.ResponseHeaders.Get(EchoInitialKey) is null)
        {
            context.ResponseHeaders.Add(EchoInitialKey, initial);
        }

        if (context.RequestHeaders.GetValueBytes(EchoTrailingKey) is { } trailing && context.ResponseTrailers.Get(EchoTrailingKey) is null)
        {
            context.ResponseTrailers.Add(EchoTrailingKey, trailing);
        }
    }

    private static void ThrowIfStatusRequested(EchoStatus? status)
    {
        if (status is { Code: not 0 })
        {
            throw new GrpcStatusException((StatusCode)status.Code, status.Message);
        }
    }

    private static Payload Zeros(int size) =>
        new() { Type = PayloadType.Compressable, Body = size > 0 ? ByteString.CopyFrom(new byte[size]) : ByteString.Empty };
}
