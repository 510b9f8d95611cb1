using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace RoutingRules.Grpc;

/// <summary>
/// Per-call state handed to handlers: request metadata, response headers and trailers, deadline
/// and cancellation. One instance per call; not thread-safe.
/// </summary>
public sealed partial class ServerCallContext
{
    private readonly GrpcLayerOptions _options;
    private Metadata? _requestHeaders;
    private Metadata? _responseHeaders;
    private Metadata? _responseTrailers;
    private string? _peer;

    internal ServerCallContext(HttpContext httpContext, string method, GrpcLayerOptions options)
    {
        HttpContext = httpContext;
        Method = method;
        _options = options;
        CancellationToken = httpContext.RequestAborted;
    }

    /// <summary>The full method path, e.g. <c>/grpc.health.v1.Health/Check</c>.</summary>
    public string Method { get; }

    /// <summary>The caller's address in gRPC form, e.g. <c>ipv4:127.0.0.1:53012</c>.</summary>
    public string Peer => _peer ??= FormatPeer(HttpContext.Connection.RemoteIpAddress, HttpContext.Connection.RemotePort);

    /// <summary>When the call must be over (UTC), from <c>grpc-timeout</c>; <see cref="DateTime.MaxValue"/> when the client set none.</summary>
    public DateTime Deadline { get; private set; } = DateTime.MaxValue;

    /// <summary>Fires when the client cancels (RST_STREAM, disconnect) or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>Custom request metadata; protocol and connection headers are filtered out.</summary>
    public Metadata RequestHeaders => _requestHeaders ??= MetadataCodec.FromHeaders(HttpContext.Request.Headers);

    /// <summary>Custom response headers; sent with the first message or by <see cref="WriteResponseHeadersAsync"/>.</summary>
    public Metadata ResponseHeaders => _responseHeaders ??= new Metadata();

    /// <summary>Custom trailers sent with the final status.</summary>
    public Metadata ResponseTrailers => _responseTrailers ??= new Metadata();

    /// <summary>Whether the last request message read arrived compressed.</summary>
    public bool RequestMessageCompressed { get; internal set; }

    /// <summary>
    /// Whether response messages are gzip-compressed. Defaults to the server option when the client
    /// accepts gzip; may be changed until headers are sent, and is ignored when the client does not accept gzip.
    /// </summary>
    public bool CompressResponses { get; set; }

    /// <summary>The underlying ASP.NET Core context, for what the call context does not expose.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>Sends the response headers now, before the first message.</summary>
    public async Task WriteResponseHeadersAsync()
    {
        if (_headersSent)
        {
            throw new InvalidOperationException("Response headers were already sent.");
        }

        EnsureHeaders();
        await HttpContext.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
    }

    private static string FormatPeer(IPAddress? address, int port)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? $"ipv6:[{address}]:{port}"
            : $"ipv4:{address}:{port}";
    }
}
