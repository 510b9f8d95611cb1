using System.Security.Cryptography;
using System.Text;
using RoutingRules.Grpc;

namespace RoutingRules.Server.Security;

/// <summary>
/// Checks <c>authorization: Bearer &lt;token&gt;</c> on a call when a token is configured; with no
/// token every call passes. Missing or malformed credentials -> UNAUTHENTICATED, a wrong token ->
/// PERMISSION_DENIED. Wrap handlers with <see cref="Unary"/>, <see cref="ServerStreaming"/> or
/// <see cref="ClientStreaming"/> so a service cannot forget the check.
/// </summary>
internal sealed class BearerTokenGuard
{
    private const string Scheme = "Bearer ";

    // Comparing digests keeps the comparison constant-time even when the lengths differ.
    private readonly byte[]? _expectedDigest;

    public BearerTokenGuard(string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            _expectedDigest = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        }
    }

    public static BearerTokenGuard Open { get; } = new(null);

    public bool Enabled => _expectedDigest is not null;

    public void Authorize(ServerCallContext context)
    {
        if (_expectedDigest is null)
        {
            return;
        }

        var header = context.RequestHeaders.GetValue("authorization");
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            throw new GrpcStatusException(StatusCode.Unauthenticated, "This call needs 'authorization: Bearer <token>'.");
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        if (!CryptographicOperations.FixedTimeEquals(presented, _expectedDigest))
        {
            throw new GrpcStatusException(StatusCode.PermissionDenied, "The bearer token is not valid for this call.");
        }
    }

    public UnaryHandler<TRequest, TResponse> Unary<TRequest, TResponse>(UnaryHandler<TRequest, TResponse> handler) =>
        (request, context) =>
        {
            Authorize(context);
            return handler(request, context);
        };

    public ServerStreamingHandler<TRequest, TResponse> ServerStreaming<TRequest, TResponse>(ServerStreamingHandler<TRequest, TResponse> handler) =>
        (request, responses, context) =>
        {
            Authorize(context);
            return handler(request, responses, context);
        };

    public ClientStreamingHandler<TRequest, TResponse> ClientStreaming<TRequest, TResponse>(ClientStreamingHandler<TRequest, TResponse> handler) =>
        (requests, context) =>
        {
            Authorize(context);
            return handler(requests, context);
        };
}
