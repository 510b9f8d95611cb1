namespace RoutingRules.Domain.Routing.Commit;

/// <summary>A routing decision as stored in the decision log.</summary>
public sealed record CommittedDecision
{
    /// <summary>Globally unique id handed to the caller.</summary>
    public required string DecisionId { get; init; }

    /// <summary>Commit order; strictly increasing across the log.</summary>
    public required long Sequence { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>
    /// The fields of the lead the decision was routed from (<see cref="Commit.LeadFingerprint"/>),
    /// carried over by escalations and manual assignments; not recorded before schema version 11.
    /// </summary>
    public LeadFingerprint LeadFingerprint { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }
    public required RoutingDecision Decision { get; init; }
    public RoutingTrace Trace { get; init; } = new();

    /// <summary>The decision this one replaced (reroute), if any.</summary>
    public string? SupersedesDecisionId { get; init; }

    /// <summary>
    /// When the assignee acknowledged the lead (AcknowledgeLead), or null: an unacknowledged
    /// decision assigned to a rep is escalated once its escalation time has passed.
    /// </summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>
    /// What became of the lead under this decision (RecordOutcome), or null when nothing was
    /// recorded: a closed outcome counts in the routing health's conversion figures and keeps the
    /// decision from being escalated.
    /// </summary>
    public RecordedOutcome? Outcome { get; init; }

    public string LeadId => Decision.LeadId;
}
