namespace RoutingRules.Domain.Explain;

/// <summary>A member of the chosen territory: workload figures, every exclusion, and whether it received the lead.</summary>
public sealed record TraceCandidate(
    string RepId, string RepName, int OpenLeads, int OpenLeadsCap, int AssignedToday, int OverdueFollowUps, double HoursFromLead)
{
    public IReadOnlyList<TraceCandidateExclusion> Exclusions { get; init; } = [];
    public bool Chosen { get; init; }
    public bool Eligible => Exclusions.Count == 0;
}
