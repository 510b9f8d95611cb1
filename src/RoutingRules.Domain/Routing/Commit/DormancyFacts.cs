namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// What decides whether a decision in force is dormant (<see cref="DormantDecisions"/>): a log can
/// read these few values from a stored decision without decoding the rest of it, so that a restart
/// after a long run, when most decisions in force are dormant, decodes only those it keeps whole.
/// </summary>
/// <param name="OutcomeRecordedAt">When the decision's outcome was last recorded (RecordOutcome), or null: a change like an acknowledgement.</param>
public readonly record struct DormancyFacts(
    bool AssignedToRep, DateTimeOffset DecidedAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset EscalateAt, DateTimeOffset? OutcomeRecordedAt = null)
{
    public static DormancyFacts Of(CommittedDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Decision.Assignee.RepId is not null, decision.DecidedAt, decision.AcknowledgedAt, decision.Decision.EscalateAt, decision.Outcome?.RecordedAt);
    }
}
