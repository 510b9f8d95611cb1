namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A multiplier on a rep's allocation weight (not an exclusion).</summary>
public sealed class WeightAdjustment(string repId, double factor, string reason)
{
    public string RepId { get; } = repId;
    public double Factor { get; } = factor;
    public string Reason { get; } = reason;

    public override string ToString() => $"{RepId} weight x{Factor}: {Reason}";
}
