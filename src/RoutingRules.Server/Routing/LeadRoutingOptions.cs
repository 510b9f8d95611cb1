namespace RoutingRules.Server.Routing;

/// <summary>How the RouteLead service keeps its live state.</summary>
internal sealed record LeadRoutingOptions
{
    /// <summary>Health service name reported NOT_SERVING until the rule set is compiled and the live state loaded.</summary>
    public const string ServiceName = "routingrules.v1.LeadRouter";

    /// <summary>How far back account assignments are kept in memory; must cover the policy's high-activity window.</summary>
    public TimeSpan RecentWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Run the SLA escalation sweep on its timer (the policy's interval); off, only <see cref="LeadRoutingHost.EscalateNowAsync"/> escalates.</summary>
    public bool EscalationSweep { get; init; } = true;

    /// <summary>The default of <see cref="InMemoryPeriod"/>: the default health window's length, so its report reads memory only.</summary>
    public static readonly TimeSpan DefaultInMemoryPeriod = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a decision in force stays whole in memory after its last change (<c>serve
    /// --in-memory-days</c>); then the live state keeps a hash of it and reads it from the log when
    /// asked (see <see cref="Domain.Routing.Commit.DormantDecisions"/>).
    /// </summary>
    public TimeSpan InMemoryPeriod { get; init; } = DefaultInMemoryPeriod;

    /// <summary>How long stored traces are kept (<c>serve --trace-retention-days</c>); null keeps them for as long as the database lives.</summary>
    public TimeSpan? TraceRetention { get; init; }

    /// <summary>How often the traces past <see cref="TraceRetention"/> are removed (once at start, then at this interval).</summary>
    public TimeSpan TraceRetentionInterval { get; init; } = TimeSpan.FromHours(1);
}
