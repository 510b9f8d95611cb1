namespace RoutingRules.Grpc;

/// <summary>The four gRPC call shapes.</summary>
public enum GrpcMethodType
{
    /// <summary>One request, one response.</summary>
    Unary,
    /// <summary>One request, a stream of responses.</summary>
    ServerStreaming,
    /// <summary>A stream of requests, one response.</summary>
    ClientStreaming,
    /// <summary>Streams both ways.</summary>
    DuplexStreaming,
}
