namespace RoutingRules.Grpc;

/// <summary>A successful unary call: the response message and the call's metadata.</summary>
/// <typeparam name="T">The response message type.</typeparam>
/// <param name="Response">The response message.</param>
/// <param name="Headers">Custom response headers.</param>
/// <param name="Trailers">Custom response trailers.</param>
public sealed record GrpcUnaryResult<T>(T Response, Metadata Headers, Metadata Trailers);
