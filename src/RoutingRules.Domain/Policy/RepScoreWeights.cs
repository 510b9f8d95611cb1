namespace RoutingRules.Domain.Policy;

/// <summary>Weights of the multi-criteria rep score (highest score wins).</summary>
public sealed record RepScoreWeights
{
    public double GeographyMatch { get; init; } = 10;
    public double IndustryExperience { get; init; } = 8;
    public double Capacity { get; init; } = 6;
    public double ResponseTime { get; init; } = 5;
    public double ConversionRate { get; init; } = 7;
    public double SourcePerformance { get; init; } = 4;

    /// <summary>
    /// The average response time at which the response-time criterion scores one half: a rep who
    /// answers at once scores 1, one who takes this long 0.5, twice as long 0.33.
    /// </summary>
    public TimeSpan ResponseTimeHalfScore { get; init; } = TimeSpan.FromMinutes(30);
}
