using System.IO.Compression;

namespace RoutingRules.Grpc;

/// <summary>Server-side options of the gRPC layer, set through <c>AddGrpcLayer</c>.</summary>
public sealed class GrpcLayerOptions
{
    /// <summary>Largest request message accepted, in bytes (checked before buffering, after decompression too). Default 4 MiB.</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent, in bytes; null means no limit. A larger message fails the call with RESOURCE_EXHAUSTED.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>When true, the message of an exception thrown by a handler is returned to the client. Off by default: it may leak internals.</summary>
    public bool EnableDetailedErrors { get; set; }

    /// <summary>When true, responses are gzip-compressed for clients whose <c>grpc-accept-encoding</c> lists gzip.</summary>
    public bool EnableResponseCompression { get; set; }

    /// <summary>Compression level used for gzip responses.</summary>
    public CompressionLevel ResponseCompressionLevel { get; set; } = CompressionLevel.Fastest;
}
