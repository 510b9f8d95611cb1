using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>
/// The fact an escalation session starts from: the decision in force that nobody acknowledged by
/// its escalation time, with the territory it was routed in and the rep who holds it (as the
/// reference data has them now; either may be null) and the time of the escalation. The reps who
/// may take the lead are in the session as <see cref="Facts.RepProfile"/> facts: the territory's
/// backup and members and the holder's manager, never a rep who held the lead before.
/// </summary>
public sealed class OverdueLead(RoutingDecision decision, Territory? territory, Rep? holder, DateTimeOffset now)
{
    public RoutingDecision Decision { get; } = decision;
    public Territory? Territory { get; } = territory;
    public Rep? Holder { get; } = holder;
    public DateTimeOffset Now { get; } = now;

    public override string ToString() =>
        $"overdue lead {Decision.LeadId}: held by {Decision.Assignee.RepId}, due at {Decision.EscalateAt:O}, territory {Territory?.Id ?? "none"}";
}
