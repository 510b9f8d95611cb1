namespace RoutingRules.Grpc;

/// <summary>Handles a bidirectional-streaming call: requests and responses flow independently.</summary>
public delegate Task DuplexStreamingHandler<TRequest, TResponse>(IAsyncEnumerable<TRequest> requests, IGrpcStreamWriter<TResponse> responses, ServerCallContext context);
