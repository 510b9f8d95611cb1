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
}
