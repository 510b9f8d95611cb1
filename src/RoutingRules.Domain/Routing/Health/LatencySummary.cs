namespace RoutingRules.Domain.Routing.Health;

/// <summary>What a <see cref="LatencyHistogram"/> recorded: how many values, the median, the 99th percentile and the largest.</summary>
public sealed record LatencySummary(long Count, TimeSpan Median, TimeSpan P99, TimeSpan Max)
{
    public static LatencySummary Empty { get; } = new(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
