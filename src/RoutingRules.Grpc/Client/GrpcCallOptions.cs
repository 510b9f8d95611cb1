namespace RoutingRules.Grpc;

/// <summary>Per-call client options.</summary>
public sealed class GrpcCallOptions
{
    /// <summary>Custom request metadata.</summary>
    public Metadata? Headers { get; init; }

    /// <summary>When the call must be over (UTC); sent as <c>grpc-timeout</c> and enforced locally.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>Cancels the call (the stream is reset); surfaces as CANCELLED.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Compress the request message with gzip.</summary>
    public bool CompressRequest { get; init; }
}
