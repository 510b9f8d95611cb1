using Google.Protobuf;

namespace RoutingRules.Grpc;

/// <summary>One registered method: its path, shape and how to run a call of it.</summary>
internal abstract class ServerMethod(string serviceName, string name, GrpcMethodType type)
{
    public string ServiceName { get; } = serviceName;

    public string Name { get; } = name;

    public string Path { get; } = "/" + serviceName + "/" + name;

    public GrpcMethodType Type { get; } = type;

    public abstract Task InvokeAsync(ServerCallContext context);
}

internal sealed class UnaryServerMethod<TRequest, TResponse>(
    string service, string name, MessageParser<TRequest> parser, UnaryHandler<TRequest, TResponse> handler)
    : ServerMethod(service, name, GrpcMethodType.Unary)
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    public override async Task InvokeAsync(ServerCallContext context)
    {
        var request = await context.ReadSingleMessageAsync(parser).ConfigureAwait(false);
        var response = await handler(request, context).ConfigureAwait(false);
        await context.WriteMessageAsync(response, context.CompressResponses, flush: false).ConfigureAwait(false);
    }
}

internal sealed class ServerStreamingServerMethod<TRequest, TResponse>(
    string service, string name, MessageParser<TRequest> parser, ServerStreamingHandler<TRequest, TResponse> handler)
    : ServerMethod(service, name, GrpcMethodType.ServerStreaming)
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    public override async Task InvokeAsync(ServerCallContext context)
    {
        var request = await context.ReadSingleMessageAsync(parser).ConfigureAwait(false);
        await handler(request, new ServerStreamWriter<TResponse>(context), context).ConfigureAwait(false);
    }
}

internal sealed class ClientStreamingServerMethod<TRequest, TResponse>(
    string service, string name, MessageParser<TRequest> parser, ClientStreamingHandler<TRequest, TResponse> handler)
    : ServerMethod(service, name, GrpcMethodType.ClientStreaming)
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    public override async Task InvokeAsync(ServerCallContext context)
    {
        var response = await handler(context.ReadAllAsync(parser), context).ConfigureAwait(false);
        await context.WriteMessageAsync(response, context.CompressResponses, flush: false).ConfigureAwait(false);
    }
}

internal sealed class DuplexStreamingServerMethod<TRequest, TResponse>(
    string service, string name, MessageParser<TRequest> parser, DuplexStreamingHandler<TRequest, TResponse> handler)
    : ServerMethod(service, name, GrpcMethodType.DuplexStreaming)
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    public override Task InvokeAsync(ServerCallContext context) =>
        handler(context.ReadAllAsync(parser), new ServerStreamWriter<TResponse>(context), context);
}
