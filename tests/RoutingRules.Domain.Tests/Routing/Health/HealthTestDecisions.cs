using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>Committed decisions and a live state built from them, for the queue and health tests.</summary>
internal static class HealthTestDecisions
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static CommittedDecision Queued(long sequence, string queue, int? score, DateTimeOffset decidedAt, RoutingFlags flags = RoutingFlags.None) =>
        Decided(sequence, Assignee.ForQueue(queue), score, decidedAt, flags);

    public static CommittedDecision Decided(long sequence, Assignee assignee, int? score, DateTimeOffset decidedAt, RoutingFlags flags = RoutingFlags.None) => new()
    {
        DecisionId = $"d{sequence}",
        Sequence = sequence,
        IdempotencyKey = $"L{sequence}",
        DecidedAt = decidedAt,
        Decision = new RoutingDecision
        {
            LeadId = $"L{sequence}", Assignee = assignee, Level = assignee.IsQueue ? RoutingLevel.PriorityQueue : RoutingLevel.Territory,
            Treatment = Treatment.SdrQualification, RespondBy = decidedAt, EscalateAt = decidedAt, Flags = flags, LeadScore = score,
            Reason = "test", RuleSetVersion = "v",
        },
    };

    /// <summary>A decision of territory level giving the lead to <paramref name="repId"/> in <paramref name="territoryId"/>.</summary>
    public static CommittedDecision InTerritory(long sequence, string territoryId, string repId)
    {
        var decided = Decided(sequence, Assignee.ForRep(repId, repId), null, Now.AddMinutes(-sequence));
        return decided with { Decision = decided.Decision with { TerritoryId = territoryId } };
    }

    public static LiveState Live(params CommittedDecision[] active) =>
        new(new LiveStateData { ActiveDecisions = active, LastSequence = active.Length }, TimeSpan.FromHours(24));
}
