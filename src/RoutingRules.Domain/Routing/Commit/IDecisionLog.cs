using RoutingRules.Domain.Explain.Binary;

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
    /// As <see cref="Load(DateTimeOffset)"/>, with each decision in force for which
    /// <paramref name="isDormant"/> holds given as a <see cref="DormantLead"/> only, not whole
    /// (<see cref="LiveStateData.DormantLeads"/>); a log should ask it before decoding a decision,
    /// since a restart mostly meets dormant ones. By default every decision comes whole: a log that
    /// does so must also answer <see cref="InForceForLead"/> and <see cref="InForceForKey"/> before
    /// a live state may let go of any.
    /// </summary>
    LiveStateData Load(DateTimeOffset recentSince, Func<DormancyFacts, bool> isDormant) => Load(recentSince);

    /// <summary>The lead's committed decision in force, read from the log (without its trace), or null.</summary>
    CommittedDecision? InForceForLead(string leadId) => null;

    /// <summary>
    /// The committed decision in force whose idempotency key is <paramref name="idempotencyKey"/>
    /// (chosen by the caller, or the lead id by default), read from the log (without its trace), or null.
    /// </summary>
    CommittedDecision? InForceForKey(string idempotencyKey) => null;

    /// <summary>
    /// The committed decisions in force decided in [<paramref name="from"/>, <paramref name="before"/>),
    /// without their traces, read without holding up commits: what a health report over a window
    /// longer than the live state's in-memory period needs beyond the live state.
    /// </summary>
    IReadOnlyList<CommittedDecision> InForceDecidedBetween(DateTimeOffset from, DateTimeOffset before) => [];

    /// <summary>
    /// Writes every entry (decisions, superseded marks, rep counters, cursors, sightings, queue
    /// lengths, created accounts) in one transaction, in order. Once it returns, readers see the
    /// batch and it survives the process being killed; it survives a power loss once a later
    /// <see cref="Sync"/> has returned. Throws when nothing was written.
    /// </summary>
    void Commit(IReadOnlyList<DecisionCommit> batch);

    /// <summary>
    /// As <see cref="Commit(IReadOnlyList{DecisionCommit})"/>, with the batch's acknowledgements
    /// written after its decisions in the same transaction (an acknowledgement may name a decision
    /// of the same batch). A log that cannot store acknowledgements refuses a batch holding any.
    /// </summary>
    void Commit(IReadOnlyList<DecisionCommit> batch, IReadOnlyList<DecisionAcknowledgement> acknowledgements)
    {
        if (acknowledgements.Count > 0)
        {
            throw new NotSupportedException("This decision log does not store acknowledgements.");
        }

        Commit(batch);
    }

    /// <summary>
    /// As <see cref="Commit(IReadOnlyList{DecisionCommit}, IReadOnlyList{DecisionAcknowledgement})"/>,
    /// with the batch's outcomes written last in the same transaction, in order, each in place of
    /// any outcome its decision had (an outcome may name a decision of the same batch, and a later
    /// outcome of one decision replaces an earlier one). A log that cannot store outcomes refuses a
    /// batch holding any.
    /// </summary>
    void Commit(IReadOnlyList<DecisionCommit> batch, IReadOnlyList<DecisionAcknowledgement> acknowledgements, IReadOnlyList<DecisionOutcome> outcomes)
    {
        if (outcomes.Count > 0)
        {
            throw new NotSupportedException("This decision log does not store outcomes.");
        }

        Commit(batch, acknowledgements);
    }

    /// <summary>
    /// Makes every batch <see cref="Commit"/> has returned so far durable against a power loss
    /// (a log whose commits are durable already does nothing). Called by another thread than the
    /// one committing, so the next batch is written while this one reaches the disk. Throws when
    /// the log cannot say its batches are durable.
    /// </summary>
    void Sync();

    /// <summary>Every decision of a lead, oldest first, superseded ones included.</summary>
    IReadOnlyList<CommittedDecision> History(string leadId);

    /// <summary>A stored decision with its trace, superseded ones included, or null when no decision has that id.</summary>
    CommittedDecision? Find(string decisionId);

    /// <summary>
    /// The vocabulary to encode the traces of this log's decisions with, holding
    /// <paramref name="texts"/> (the rule names) among the texts it held already; stored before
    /// it returns, since stored traces will refer to it. By default none: traces spell their
    /// texts out (a log that keeps traces as they are needs no vocabulary).
    /// </summary>
    TraceVocabulary Vocabulary(IReadOnlyCollection<string> texts) => TraceVocabulary.Empty;

    /// <summary>
    /// Which rules fired in the decisions made since <paramref name="since"/>, read from their
    /// stored traces without holding up commits; null for a log that keeps no traces to read.
    /// </summary>
    RuleUsage? RuleUsage(DateTimeOffset since) => null;

    /// <summary>
    /// Removes the traces of the oldest decisions made before <paramref name="decidedBefore"/>, at
    /// most <paramref name="max"/> in one short transaction, keeping the decisions; returns how
    /// many it removed, 0 once none is left (and always for a log that keeps traces forever).
    /// </summary>
    int RemoveTraces(DateTimeOffset decidedBefore, int max) => 0;
}
