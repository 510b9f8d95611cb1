using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The in-memory live state: the log's counters plus every decision applied since, committed or
/// in flight. Decisions in force are kept whole until they turn dormant (<see cref="DormantDecisions"/>),
/// then read from the log when asked for; without a <see cref="DormantDecisions"/>, all are kept
/// whole. Not thread-safe: <see cref="LeadAssignmentService"/> reads and changes it under its gate.
/// </summary>
public sealed class LiveState : ILiveState
{
    private static readonly RoutingTrace EmptyTrace = new();
    private readonly Dictionary<string, RepLiveCounters> _counters;
    private readonly Dictionary<string, long> _cursors;
    private readonly Dictionary<string, DomainSightings> _sightings;
    private readonly Dictionary<string, int> _queues;
    private readonly Dictionary<string, CommittedDecision> _activeByLead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommittedDecision> _activeByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RecentAssignment>> _recentByAccount = new(StringComparer.Ordinal);
    private readonly WaitingLeads _waiting = new();
    private readonly EscalationSchedule _escalations = new();
    private readonly TimeSpan _recentWindow;
    private readonly DormantDecisions? _dormant;
    private ReferenceSnapshot _snapshot = ReferenceSnapshot.Empty;
    private DateOnly _today;

    /// <param name="data">The state as the log holds it.</param>
    /// <param name="recentWindow">How far back account assignments count for the high-activity rule.</param>
    /// <param name="dormant">
    /// Where dormant decisions go, holding the ones <paramref name="data"/> gives as
    /// <see cref="LiveStateData.DormantLeads"/>; null to keep every decision in force whole.
    /// </param>
    public LiveState(LiveStateData data, TimeSpan recentWindow, DormantDecisions? dormant = null)
    {
        _recentWindow = recentWindow;
        _dormant = dormant;
        LastSequence = data.LastSequence;
        _counters = new Dictionary<string, RepLiveCounters>(data.RepCounters, StringComparer.Ordinal);
        _cursors = new Dictionary<string, long>(data.Cursors, StringComparer.Ordinal);
        _sightings = new Dictionary<string, DomainSightings>(data.Sightings, StringComparer.OrdinalIgnoreCase);
        _queues = new Dictionary<string, int>(data.QueueLengths, StringComparer.Ordinal);
        foreach (var decision in data.ActiveDecisions)
        {
            _activeByLead[decision.LeadId] = decision;
            _activeByKey[decision.IdempotencyKey] = decision;
            _waiting.Add(decision);
            _dormant?.Watch(decision);
        }

        foreach (var lead in data.DormantLeads)
        {
            (_dormant ?? throw new ArgumentException("Dormant leads need somewhere to go.", nameof(dormant))).Add(lead.LeadId, lead.IdempotencyKey);
        }

        _escalations.Rebuild(_activeByLead.Values);

        foreach (var decision in data.RecentDecisions)
        {
            AddRecent(decision);
        }
    }

    /// <summary>Sequence of the last decision applied (committed or in flight).</summary>
    public long LastSequence { get; private set; }

    /// <summary>Number of leads whose decision in force is kept whole (every lead with one, without dormant decisions).</summary>
    public int ActiveCount => _activeByLead.Count;

    /// <summary>Dormant decisions in force, held by hash only (0 without dormant decisions).</summary>
    public int DormantCount => _dormant?.Count ?? 0;

    /// <summary>Sets the reference snapshot and clock that the next reads are relative to.</summary>
    public void Prepare(ReferenceSnapshot snapshot, DateTimeOffset now)
    {
        _snapshot = snapshot;
        _today = RepLiveCounters.UtcDay(now);
    }

    /// <summary>The lead's decision in force, without its trace; a dormant one is read from the log.</summary>
    public CommittedDecision? ActiveForLead(string leadId) => _activeByLead.GetValueOrDefault(leadId) ?? _dormant?.ForLead(leadId);

    /// <summary>Every decision in force kept whole (one per lead; dormant ones are not), without traces.</summary>
    public IEnumerable<CommittedDecision> ActiveDecisions => _activeByLead.Values;

    /// <summary>
    /// At most <paramref name="max"/> decisions in force due for SLA escalation at <paramref name="now"/>
    /// (<see cref="Escalation.SlaEscalator.IsDue"/>), longest overdue first, then by sequence. Costs
    /// the due leads, not the number of decisions in force.
    /// </summary>
    public List<CommittedDecision> DueForEscalation(DateTimeOffset now, int max) => _escalations.Due(now, max, _activeByLead.GetValueOrDefault);

    /// <summary>Entries of the escalation schedule, stale ones included (for tests of its upkeep).</summary>
    internal int ScheduledEscalations => _escalations.Count;

    /// <summary>Entries of the dormancy schedule, stale ones included (for tests of its upkeep).</summary>
    internal int ScheduledToTurnDormant => _dormant?.Scheduled ?? 0;

    /// <summary>The active decisions whose assignee is <paramref name="queue"/>, in no particular order.</summary>
    public IReadOnlyCollection<CommittedDecision> WaitingIn(string queue) => _waiting.In(queue);

    /// <summary>The queues holding at least one lead.</summary>
    public IEnumerable<string> QueuesWithLeads => _waiting.Queues;

    /// <summary>The decision in force whose idempotency key is <paramref name="key"/>; a dormant one is read from the log.</summary>
    public CommittedDecision? ActiveForKey(string key) => _activeByKey.GetValueOrDefault(key) ?? _dormant?.ForKey(key);

    public RepLiveCounters CountersOf(string repId) => _counters.GetValueOrDefault(repId) ?? RepLiveCounters.Empty;

    /// <summary>
    /// The written workload plus what routing counted since it was written (committed and in-flight
    /// decisions); assigned-today counts the current UTC day only. See <see cref="EffectiveWorkload"/>.
    /// </summary>
    public RepWorkload WorkloadOf(string repId) => EffectiveWorkload.Of(_snapshot.GetRep(repId), CountersOf(repId), _today);

    public long RoundRobinCursor(string territoryId) => _cursors.GetValueOrDefault(territoryId);

    public void TallyRecentLeads(string accountId, DateTimeOffset since, ref RecentLeadTally tally) =>
        tally.AddSince(_recentByAccount.GetValueOrDefault(accountId), since);

    public DomainSightings? UnknownDomain(string domain) => _sightings.GetValueOrDefault(domain);

    public int QueueLength(string queueName) => _queues.GetValueOrDefault(queueName);

    /// <summary>Applies a decision exactly as <see cref="IDecisionLog.Commit"/> will persist it.</summary>
    public void Apply(DecisionCommit commit)
    {
        var decision = commit.Decision;
        if (commit.Superseded is { } old)
        {
            Release(old);
            _activeByLead.Remove(old.LeadId);
            _activeByKey.Remove(old.IdempotencyKey);
            _waiting.Remove(old);
        }

        var assignee = decision.Decision.Assignee;
        if (assignee.RepId is { } repId)
        {
            _counters[repId] = CountersOf(repId).Assigned(decision.DecidedAt);
        }
        else if (assignee.QueueName is { } queue)
        {
            _queues[queue] = _queues.GetValueOrDefault(queue) + 1;
        }

        // Replays answer with the decision only; the trace stays in the log, not in memory.
        var kept = decision with { Trace = EmptyTrace };
        _activeByLead[decision.LeadId] = kept;
        _activeByKey[decision.IdempotencyKey] = kept;
        _waiting.Add(kept);
        _escalations.Track(kept);
        _escalations.CompactIfStale(_activeByLead.Values);
        if (_dormant is not null)
        {
            _dormant.Watch(kept);
            _dormant.CompactIfStale(_activeByLead.Values);
            LetGoOfDormant(decision.DecidedAt);
        }

        LastSequence = Math.Max(LastSequence, decision.Sequence);
        AddRecent(decision);
        if (commit.Changes.Cursor is { } cursor)
        {
            _cursors[cursor.TerritoryId] = cursor.Position;
        }

        if (commit.Changes.SightedDomain is { } domain)
        {
            var seen = _sightings.GetValueOrDefault(domain);
            _sightings[domain] = new DomainSightings(domain, (seen?.LeadCount ?? 0) + 1, seen?.FirstOwnerRepId ?? assignee.RepId);
        }
    }

    /// <summary>
    /// Puts <paramref name="acknowledged"/> (the lead's decision in force with its acknowledgement
    /// time) in place of that decision, as <see cref="IDecisionLog.Commit(IReadOnlyList{DecisionCommit}, IReadOnlyList{DecisionAcknowledgement})"/> will persist it.
    /// </summary>
    public void Acknowledge(CommittedDecision acknowledged)
    {
        if (acknowledged.Decision.Assignee.QueueName is { } queue)
        {
            // Someone took the lead up: it no longer waits, so it no longer counts in the queue's
            // length nor towards its capacity alert (DOMAIN.md §6: "leads waiting").
            LeaveQueue(queue);
        }

        var keptWhole = _activeByLead.ContainsKey(acknowledged.LeadId);
        _activeByLead[acknowledged.LeadId] = acknowledged;
        _activeByKey[acknowledged.IdempotencyKey] = acknowledged;
        _waiting.Add(acknowledged);
        if (!keptWhole)
        {
            // A dormant decision acknowledged now is whole again until the period has passed since
            // this acknowledgement, which by then is durable. (One kept whole is scheduled already;
            // when its entry comes up, LetGoOfDormant finds the later time.)
            _dormant?.Watch(acknowledged);
        }
    }

    /// <summary>
    /// Puts <paramref name="recorded"/> (the lead's decision in force with its new outcome) in place
    /// of that decision, as <see cref="IDecisionLog.Commit(IReadOnlyList{DecisionCommit}, IReadOnlyList{DecisionAcknowledgement}, IReadOnlyList{DecisionOutcome})"/>
    /// will persist it. Who holds the lead does not change, nor the queue's length: an outcome is
    /// not someone taking the lead up.
    /// </summary>
    public void RecordOutcome(CommittedDecision recorded)
    {
        var keptWhole = _activeByLead.TryGetValue(recorded.LeadId, out var before);
        _activeByLead[recorded.LeadId] = recorded;
        _activeByKey[recorded.IdempotencyKey] = recorded;
        _waiting.Add(recorded);
        if (recorded.Outcome is { IsClosed: false } && (before?.Outcome?.IsClosed ?? !keptWhole))
        {
            // Reopened: a closed outcome held off its escalation, and the schedule may have dropped
            // it meanwhile (a dormant one was never in it); scheduled again, it is escalated if due.
            _escalations.Track(recorded);
        }

        if (!keptWhole)
        {
            // As an acknowledgement does: whole again until the period has passed since this outcome.
            _dormant?.Watch(recorded);
        }
    }

    /// <summary>
    /// Lets go of the decisions kept whole that have turned dormant by <paramref name="now"/>; one
    /// acknowledged since it was scheduled is scheduled again for its later time.
    /// </summary>
    private void LetGoOfDormant(DateTimeOffset now)
    {
        while (_dormant!.TryTakeDue(now, out var leadId, out var sequence))
        {
            if (!_activeByLead.TryGetValue(leadId, out var decision) || decision.Sequence != sequence)
            {
                continue;
            }

            if (_dormant.IsDormant(decision, now))
            {
                _activeByLead.Remove(leadId);
                _activeByKey.Remove(decision.IdempotencyKey);
                _dormant.Add(leadId, decision.IdempotencyKey);
            }
            else
            {
                _dormant.Watch(decision);
            }
        }
    }

    /// <summary>
    /// A superseded decision gives back what it held: its rep's open lead, or its place in a queue
    /// unless someone took it up (<see cref="Acknowledge"/> gave that back already).
    /// </summary>
    private void Release(CommittedDecision old)
    {
        var assignee = old.Decision.Assignee;
        if (assignee.RepId is { } repId)
        {
            _counters[repId] = CountersOf(repId).Released();
        }
        else if (assignee.QueueName is { } queue && old.AcknowledgedAt is null)
        {
            LeaveQueue(queue);
        }
    }

    private void LeaveQueue(string queue) => _queues[queue] = Math.Max(0, _queues.GetValueOrDefault(queue) - 1);

    private void AddRecent(CommittedDecision decision)
    {
        if (decision.Decision.AccountId is not { } accountId)
        {
            return;
        }

        if (!_recentByAccount.TryGetValue(accountId, out var recent))
        {
            recent = [];
            _recentByAccount[accountId] = recent;
        }

        // Entries older than the window can no longer count for the high-activity rule. They come in
        // decision order, so the expired ones lead the list: trimming them is no pass over a busy
        // account's whole list per decision. One left behind by a clock that stepped back is
        // skipped by the readers, which count by time.
        var horizon = decision.DecidedAt - _recentWindow;
        var expired = 0;
        while (expired < recent.Count && recent[expired].DecidedAt < horizon)
        {
            expired++;
        }

        if (expired > 0)
        {
            recent.RemoveRange(0, expired);
        }
        var assignee = decision.Decision.Assignee;
        recent.Add(new RecentAssignment(decision.LeadId, assignee.RepId, assignee.QueueName, decision.DecidedAt));
    }
}
