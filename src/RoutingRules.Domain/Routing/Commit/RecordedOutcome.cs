using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// What became of a lead under one decision (RecordOutcome), as the CRM reported it: stored once per
/// decision, a different outcome replacing it and the same one changing nothing. A decision that
/// replaces this one (reroute, SLA escalation, manual assignment) starts without one: the outcome
/// is the result of the routing that was in force, not of the lead's next owner.
/// </summary>
/// <param name="Outcome">The outcome; <see cref="LeadOutcome.Open"/> reopens the lead.</param>
/// <param name="At">When it happened, by the caller's account (never before the decision, never after it was recorded).</param>
/// <param name="RecordedAt">When RoutingRules recorded it (the server's clock).</param>
public sealed record RecordedOutcome(LeadOutcome Outcome, DateTimeOffset At, DateTimeOffset RecordedAt)
{
    /// <summary>
    /// The lead's fate is settled: converted, closed lost, disqualified or sent to nurture. Such a
    /// decision counts in the conversion figures and is no longer escalated; an open (reopened) one is neither.
    /// </summary>
    public bool IsClosed => Outcome != LeadOutcome.Open;
}
