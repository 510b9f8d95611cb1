namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// One decision to write with everything it changes. The counters of the new and (for a reroute)
/// the superseded assignee follow from the decisions and are derived by the log itself.
/// </summary>
public sealed record DecisionCommit(CommittedDecision Decision, LiveStateChanges Changes, CommittedDecision? Superseded);
