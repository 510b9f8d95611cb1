using System.Net;

namespace RoutingRules.Grpc;

/// <summary>The gRPC status a client infers when a response carries no grpc-status (http-grpc-status-mapping.md).</summary>
internal static class HttpStatusMapping
{
    internal static StatusCode ToStatusCode(HttpStatusCode status) => (int)status switch
    {
        400 => StatusCode.Internal,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.Unimplemented,
        429 or 502 or 503 or 504 => StatusCode.Unavailable,
        431 => StatusCode.Internal,
        _ => StatusCode.Unknown,
    };
}
