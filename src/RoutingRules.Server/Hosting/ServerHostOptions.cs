using RoutingRules.Store;

namespace RoutingRules.Server.Hosting;

/// <summary>Where the server listens, where its data lives, and who may call it.</summary>
/// <param name="Host">IP address or <c>localhost</c>.</param>
/// <param name="Port">TCP port; 0 picks a free one.</param>
internal sealed record ServerHostOptions(string Host, int Port)
{
    /// <summary>SQLite database file; created with its folder when missing.</summary>
    public string DataPath { get; init; } = SqliteStoreOptions.DefaultPath;

    /// <summary>Load the demo dataset into an empty database at start.</summary>
    public bool LoadDemo { get; init; } = true;

    /// <summary>Demo dataset file; null looks beside the binary, then under the content root.</summary>
    public string? DemoDatasetPath { get; init; }

    /// <summary>Bearer token required on admin calls; null leaves them open (loopback only).</summary>
    public string? AdminToken { get; init; }

    /// <summary>Bearer token required on routing calls; null leaves them open.</summary>
    public string? RoutingToken { get; init; }

    /// <summary>How long decision traces are kept before the server removes them; null keeps them all.</summary>
    public TimeSpan? TraceRetention { get; init; }

    /// <summary>How long decisions in force stay whole in memory once dormant (<c>serve --in-memory-days</c>).</summary>
    public TimeSpan InMemoryPeriod { get; init; } = Routing.LeadRoutingOptions.DefaultInMemoryPeriod;

    /// <summary>The clock routing, SLAs and escalation read; the system clock when null (tests set their own).</summary>
    public TimeProvider? Clock { get; init; }
}
