namespace RoutingRules.Domain.Model;

/// <summary>Historical performance used by the multi-criteria rep score; every figure is optional.</summary>
public sealed record RepStats
{
    /// <summary>Share of assigned leads converted, 0..1.</summary>
    public double? ConversionRate { get; init; }

    public double? AvgResponseMinutes { get; init; }

    /// <summary>Conversion rate per lead source (referral, event...), 0..1.</summary>
    public IReadOnlyDictionary<string, double> ConversionRateBySource { get; init; } = new Dictionary<string, double>();
}
