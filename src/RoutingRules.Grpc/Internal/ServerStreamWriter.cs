using Google.Protobuf;

namespace RoutingRules.Grpc;

internal sealed class ServerStreamWriter<T>(ServerCallContext context) : IGrpcStreamWriter<T>
    where T : IMessage<T>
{
    public ValueTask WriteAsync(T message) => context.WriteMessageAsync(message, context.CompressResponses, flush: true);

    public ValueTask WriteAsync(T message, bool compress) => context.WriteMessageAsync(message, compress, flush: true);
}
