using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>Committed decisions for the live state's tests: a rep gets the lead at territory level, a queue at the default pool's.</summary>
internal static class LiveStateTestDecisions
{
    public static CommittedDecision Committed(
        long sequence, string leadId, string key, Assignee assignee, DateTimeOffset decidedAt, DateTimeOffset escalateAt, DateTimeOffset? acknowledgedAt = null) => new()
    {
        DecisionId = $"d{sequence}",
        Sequence = sequence,
        IdempotencyKey = key,
        DecidedAt = decidedAt,
        AcknowledgedAt = acknowledgedAt,
        Decision = new RoutingDecision
        {
            LeadId = leadId, Assignee = assignee, Level = assignee.IsQueue ? RoutingLevel.DefaultPool : RoutingLevel.Territory,
            Treatment = Treatment.SdrQualification, RespondBy = escalateAt, EscalateAt = escalateAt, Reason = "test", RuleSetVersion = "v",
        },
    };
}
