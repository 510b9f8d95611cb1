namespace RoutingRules.Domain.Policy;

/// <summary>Candidate exclusions and distribution weights (DOMAIN.md §6).</summary>
public sealed record CapacityPolicy
{
    public int OpenLeadsCap { get; init; } = 50;

    /// <summary>A rep with more overdue follow-ups than this is excluded.</summary>
    public int OverdueFollowUpsCap { get; init; } = 10;

    public TimeSpan CoolDown { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Below this attainment (0..1) a rep's allocation weight is reduced.</summary>
    public double QuotaAttainmentThreshold { get; init; } = 0.70;

    /// <summary>Multiplier applied to the weight of reps under the quota threshold.</summary>
    public double LowQuotaWeightFactor { get; init; } = 0.5;

    public WorkloadWeights WorkloadWeights { get; init; } = new();
    public RepScoreWeights RepScoreWeights { get; init; } = new();
}
