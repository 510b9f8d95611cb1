namespace RoutingRules.Grpc;

/// <summary>Writes the response messages of a streaming call; each write is flushed to the client.</summary>
/// <typeparam name="T">The response message type.</typeparam>
public interface IGrpcStreamWriter<in T>
{
    /// <summary>Writes one message, compressed if the call compresses responses.</summary>
    ValueTask WriteAsync(T message);

    /// <summary>Writes one message, choosing compression for it (honoured only when the response declared gzip).</summary>
    ValueTask WriteAsync(T message, bool compress);
}
