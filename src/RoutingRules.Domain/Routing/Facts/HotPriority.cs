namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A reason to treat the lead as hot.</summary>
public sealed class HotPriority(string reason)
{
    public string Reason { get; } = reason;

    public override string ToString() => $"hot: {Reason}";
}
