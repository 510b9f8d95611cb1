using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The in-memory live state: the log's counters plus every decision applied since, committed or
/// in flight. Not thread-safe: <see cref="LeadAssignmentService"/> reads and changes it under its gate.
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
    private ReferenceSnapshot _snapshot = ReferenceSnapshot.Empty;
    private DateOnly _today;

    public LiveState(LiveStateData data, TimeSpan recentWindow)
    {
        _recentWindow = recentWindow;
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
        }

        _escalations.Rebuild(_activeByLead.Values);

        foreach (var decision in data.RecentDecisions)
        {
            AddRecent(decision);
        }
    }

    /// <summary>Sequence of the last decision applied (committed or in flight).</summary>
    public long LastSequence { get; private set; }

    /// <summary>Number of leads with an active decision.</summary>
    public int ActiveCount => _activeByLead.Count;

    /// <summary>Sets the reference snapshot and clock that the next reads are relative to.</summary>
    public void Prepare(ReferenceSnapshot snapshot, DateTimeOffset now)
    {
        _snapshot = snapshot;
        _today = RepLiveCounters.UtcDay(now);
    }

    public CommittedDecision? ActiveForLead(string leadId) => _activeByLead.GetValueOrDefault(leadId);

    /// <summary>Every active decision (one per lead), without traces.</summary>
    public IEnumerable<CommittedDecision> ActiveDecisions => _activeByLead.Values;

    /// <summary>
    /// At most <paramref name="max"/> decisions in force due for SLA escalation at <paramref name="now"/>
    /// (<see cref="Escalation.SlaEscalator.IsDue"/>), longest overdue first, then by sequence. Costs
    /// the due leads, not the number of decisions in force.
    /// </summary>
    public List<CommittedDecision> DueForEscalation(DateTimeOffset now, int max) => _escalations.Due(now, max, ActiveForLead);

    /// <summary>Entries of the escalation schedule, stale ones included (for tests of its upkeep).</summary>
    internal int ScheduledEscalations => _escalations.Count;

    /// <summary>The active decisions whose assignee is <paramref name="queue"/>, in no particular order.</summary>
    public IReadOnlyCollection<CommittedDecision> WaitingIn(string queue) => _waiting.In(queue);

    /// <summary>The queues holding at least one lead.</summary>
    public IEnumerable<string> QueuesWithLeads => _waiting.Queues;

    public CommittedDecision? ActiveForKey(string key) => _activeByKey.GetValueOrDefault(key);

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
            Release(old.Decision.Assignee);
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
        _activeByLead[acknowledged.LeadId] = acknowledged;
        _activeByKey[acknowledged.IdempotencyKey] = acknowledged;
        _waiting.Add(acknowledged);
    }

    private void Release(Assignee assignee)
    {
        if (assignee.RepId is { } repId)
        {
            _counters[repId] = CountersOf(repId).Released();
        }
        else if (assignee.QueueName is { } queue)
        {
            _queues[queue] = Math.Max(0, _queues.GetValueOrDefault(queue) - 1);
        }
    }

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
