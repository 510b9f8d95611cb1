namespace RoutingRules.Grpc;

/// <summary>Handles a unary call: one request, one response.</summary>
public delegate Task<TResponse> UnaryHandler<in TRequest, TResponse>(TRequest request, ServerCallContext context);
