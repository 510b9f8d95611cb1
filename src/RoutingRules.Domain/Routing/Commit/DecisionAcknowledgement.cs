namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The assignee of a decision acted on the lead at <paramref name="AcknowledgedAt"/>. Stored once
/// per decision (a later acknowledgement of the same decision keeps the first time); a decision
/// that replaces it starts unacknowledged.
/// </summary>
/// <param name="Sequence">The acknowledged decision's sequence (its row in the log).</param>
/// <param name="DecisionId">The acknowledged decision.</param>
/// <param name="AcknowledgedAt">When the acknowledgement was recorded.</param>
/// <param name="QueueName">
/// The queue the decision left the lead waiting in, when it names one: taken up, the lead no
/// longer counts in that queue's length.
/// </param>
public sealed record DecisionAcknowledgement(long Sequence, string DecisionId, DateTimeOffset AcknowledgedAt, string? QueueName = null);
