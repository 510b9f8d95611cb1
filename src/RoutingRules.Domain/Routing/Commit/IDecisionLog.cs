namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Durable store of routing decisions and the live state they imply. Used by one writer at a
/// time (the commit loop of <see cref="LeadAssignmentService"/>).
/// </summary>
public interface IDecisionLog
{
    /// <summary>Reads the live state; <paramref name="recentSince"/> bounds <see cref="LiveStateData.RecentDecisions"/>.</summary>
    LiveStateData Load(DateTimeOffset recentSince);

    /// <summary>
    /// Writes every entry (decisions, superseded marks, rep counters, cursors, sightings, queue
    /// lengths, created accounts) in one transaction, in order, and returns only once it is
    /// durable. Throws when nothing was written.
    /// </summary>
    void Commit(IReadOnlyList<DecisionCommit> batch);

    /// <summary>Every decision of a lead, oldest first, superseded ones included.</summary>
    IReadOnlyList<CommittedDecision> History(string leadId);

    /// <summary>The lead a stored decision belongs to, or null when no decision has that id.</summary>
    string? LeadOfDecision(string decisionId);
}
