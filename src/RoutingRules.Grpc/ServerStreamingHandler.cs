namespace RoutingRules.Grpc;

/// <summary>Handles a server-streaming call: one request, any number of responses written to <paramref name="responses"/>.</summary>
public delegate Task ServerStreamingHandler<in TRequest, TResponse>(TRequest request, IGrpcStreamWriter<TResponse> responses, ServerCallContext context);
