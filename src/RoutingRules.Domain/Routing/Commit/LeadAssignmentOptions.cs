using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>Settings of <see cref="LeadAssignmentService"/>.</summary>
public sealed record LeadAssignmentOptions
{
    /// <summary>How far back account assignments are kept in memory for the high-activity rule; must cover the policy's window.</summary>
    public TimeSpan RecentWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Called after the commit that created an account, so the reference snapshot can include it.</summary>
    public Action<Account>? AccountCreated { get; init; }

    /// <summary>Receives failures the callers cannot see: failed commits (also reported to the callers) and account publishing.</summary>
    public Action<Exception>? BackgroundError { get; init; }

    /// <summary>The most decisions one <see cref="LeadAssignmentService.EscalateDueAsync"/> escalates (longest overdue first); the rest wait for the next sweep.</summary>
    public int MaxEscalationsPerSweep { get; init; } = 256;
}
