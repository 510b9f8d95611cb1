namespace RoutingRules.Domain.Policy;

/// <summary>Weights of the load-balancing workload score (lowest score wins).</summary>
public sealed record WorkloadWeights
{
    public double OpenLeads { get; init; } = 1;
    public double AssignedToday { get; init; } = 2;
    public double OverdueFollowUps { get; init; } = 3;
    public double ActiveOpportunities { get; init; } = 0.5;
}
