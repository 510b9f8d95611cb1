using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>Settings of <see cref="LeadAssignmentService"/>.</summary>
public sealed record LeadAssignmentOptions
{
    /// <summary>How far back account assignments are kept in memory for the high-activity rule; must cover the policy's window.</summary>
    public TimeSpan RecentWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a decision in force stays whole in memory once nothing but a caller can change it
    /// (see <see cref="DormantDecisions"/>); after that the live state keeps a hash of its lead and
    /// reads it from the log when asked. Null keeps every decision whole (a log that cannot read
    /// decisions in force back, or a test); at least <see cref="DormantDecisions.ShortestPeriod"/>.
    /// </summary>
    public TimeSpan? InMemoryPeriod { get; init; }

    /// <summary>Called after the commit that created an account, so the reference snapshot can include it.</summary>
    public Action<Account>? AccountCreated { get; init; }

    /// <summary>Receives failures the callers cannot see: failed commits (also reported to the callers) and account publishing.</summary>
    public Action<Exception>? BackgroundError { get; init; }

    /// <summary>
    /// Told once, when a failed sync has stopped the service from acknowledging anything more
    /// until it restarts (every later call fails): a host reports itself unavailable, so that
    /// callers and load balancers go elsewhere instead of retrying a server that can only refuse.
    /// </summary>
    public Action<Exception>? Halted { get; init; }

    /// <summary>The most decisions one <see cref="LeadAssignmentService.EscalateDueAsync"/> escalates (longest overdue first); the rest wait for the next sweep.</summary>
    public int MaxEscalationsPerSweep { get; init; } = 256;
}
