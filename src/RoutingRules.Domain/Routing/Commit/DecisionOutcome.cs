namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The outcome recorded for one decision, as a group commit writes it: the decision's row gets
/// <paramref name="Outcome"/>, in place of any it had.
/// </summary>
/// <param name="Sequence">The decision's sequence (its row in the log).</param>
/// <param name="DecisionId">The decision.</param>
/// <param name="Outcome">The outcome, when it happened and when it was recorded.</param>
public sealed record DecisionOutcome(long Sequence, string DecisionId, RecordedOutcome Outcome);
