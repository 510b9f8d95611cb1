namespace RoutingRules.Domain.Model;

/// <summary>
/// A rep's workload counters: as ops wrote them (the rep's workload at that moment), or as routing
/// uses them (those plus what routing counted since, <see cref="Routing.Commit.EffectiveWorkload"/>).
/// Stored apart from the rep's reference data.
/// </summary>
public sealed record RepWorkload
{
    public static readonly RepWorkload Empty = new();

    public int OpenLeads { get; init; }
    public int OverdueFollowUps { get; init; }
    public int AssignedToday { get; init; }
    public DateTimeOffset? LastAssignedAt { get; init; }
    public int ActiveOpportunities { get; init; }
}
