using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>
/// A decision in force that was due for escalation when the sweep read the live state, as read
/// from the decision log (with its trace), and every rep the lead was ever assigned to: an
/// escalation never hands the lead back to one of them, so a chain of escalations ends.
/// </summary>
public sealed record SlaEscalationRequest(CommittedDecision Decision, IReadOnlySet<string> EarlierReps);
