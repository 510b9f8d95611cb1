using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// What <see cref="RoutingHealthMeter.Read"/> copies from the live state under the routing gate:
/// the decisions in force (immutable records, safe to count outside it) and the length of each
/// queue the health report lists.
/// </summary>
public sealed record HealthReading(IReadOnlyList<CommittedDecision> Decisions, IReadOnlyDictionary<string, int> QueueLengths);
