using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// What <see cref="RoutingHealthMeter.Read"/> copies from the live state under the routing gate:
/// the decisions in force (immutable records, safe to count outside it) and the length of each
/// queue the health report lists.
/// </summary>
public sealed record HealthReading(IReadOnlyList<CommittedDecision> Decisions, IReadOnlyDictionary<string, int> QueueLengths)
{
    /// <summary>
    /// Dormant decisions in force read from the log, for a window longer than the live state's
    /// in-memory period; one whose lead is among <see cref="Decisions"/> is counted from there
    /// (the log read came after the copy: that lead was kept whole again, or turned dormant since).
    /// </summary>
    public IReadOnlyList<CommittedDecision> Dormant { get; init; } = [];
}
