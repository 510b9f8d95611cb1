namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A flag on the decision, with why (and for time-zone mismatches the next contact time).</summary>
public sealed class DecisionFlag(RoutingFlags flag, string reason, DateTimeOffset? nextContactAt = null)
{
    public RoutingFlags Flag { get; } = flag;
    public string Reason { get; } = reason;
    public DateTimeOffset? NextContactAt { get; } = nextContactAt;

    public override string ToString() => $"flag {Flag}: {Reason}";
}
