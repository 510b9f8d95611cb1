namespace RoutingRules.Domain.Model;

/// <summary>Live counters; kept apart from the rep's reference data because they change on every assignment.</summary>
public sealed record RepWorkload
{
    public static readonly RepWorkload Empty = new();

    public int OpenLeads { get; init; }
    public int OverdueFollowUps { get; init; }
    public int AssignedToday { get; init; }
    public DateTimeOffset? LastAssignedAt { get; init; }
    public int ActiveOpportunities { get; init; }
}
