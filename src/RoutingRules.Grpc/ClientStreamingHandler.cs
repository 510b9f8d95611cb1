namespace RoutingRules.Grpc;

/// <summary>Handles a client-streaming call: any number of requests, one response.</summary>
public delegate Task<TResponse> ClientStreamingHandler<TRequest, TResponse>(IAsyncEnumerable<TRequest> requests, ServerCallContext context);
