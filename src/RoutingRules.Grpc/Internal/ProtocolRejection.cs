using Microsoft.AspNetCore.Http;

namespace RoutingRules.Grpc;

/// <summary>Answers requests that reach a gRPC path but do not speak gRPC.</summary>
internal static class ProtocolRejection
{
    /// <summary>gRPC needs HTTP/2 (trailers, streams): tell an HTTP/1.x client to upgrade.</summary>
    internal static Task RejectHttp1Async(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status426UpgradeRequired;
        response.Headers.Upgrade = "h2c";
        response.Headers.Connection = "Upgrade";
        response.Headers.GrpcStatus = GrpcProtocol.StatusValue(StatusCode.Internal);
        response.Headers.GrpcMessage = PercentEncoding.Encode($"Request protocol '{httpContext.Request.Protocol}' is not supported; gRPC needs HTTP/2.");
        return Task.CompletedTask;
    }

    internal static Task RejectContentTypeAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        response.Headers.GrpcStatus = GrpcProtocol.StatusValue(StatusCode.Internal);
        response.Headers.GrpcMessage = PercentEncoding.Encode($"Content-Type '{httpContext.Request.ContentType}' is not supported; expected application/grpc.");
        return Task.CompletedTask;
    }

    /// <summary>A gRPC request for a path no service registered: UNIMPLEMENTED as Trailers-Only; anything else: 404.</summary>
    internal static Task RejectUnknownMethodAsync(HttpContext httpContext, GrpcServiceRegistry registry)
    {
        var request = httpContext.Request;
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            return RejectHttp1Async(httpContext);
        }

        var path = request.Path.Value ?? string.Empty;
        var slash = path.IndexOf('/', 1);
        var service = slash > 1 ? path[1..slash] : path.TrimStart('/');
        var message = registry.HasService(service)
            ? $"Method is unimplemented: {path}"
            : $"Service is unimplemented: {service}";
        var headers = httpContext.Response.Headers;
        headers.ContentType = GrpcProtocol.ContentTypeValue;
        headers.GrpcStatus = GrpcProtocol.StatusValue(StatusCode.Unimplemented);
        headers.GrpcMessage = PercentEncoding.Encode(message);
        return Task.CompletedTask;
    }
}
