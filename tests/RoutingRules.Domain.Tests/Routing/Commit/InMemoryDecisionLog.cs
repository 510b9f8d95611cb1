using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>An <see cref="IDecisionLog"/> in memory that can be told to fail its next commits.</summary>
internal sealed class InMemoryDecisionLog : IDecisionLog
{
    private readonly Lock _gate = new();
    private readonly List<CommittedDecision> _all = [];
    private readonly HashSet<string> _superseded = [];
    private readonly Dictionary<string, long> _cursors = [];
    private readonly Dictionary<string, byte[]> _traces = [];
    private readonly Dictionary<string, DateTimeOffset> _acknowledged = [];
    private readonly Dictionary<string, RecordedOutcome> _outcomes = [];

    public int FailNextCommits { get; set; }
    public int CommitCount { get; private set; }
    public int LargestBatch { get; private set; }

    /// <summary>Called inside each commit, before it takes effect.</summary>
    public Action? DuringCommit { get; set; }

    public IReadOnlyList<CommittedDecision> All
    {
        get
        {
            lock (_gate)
            {
                return _all.ToList();
            }
        }
    }

    /// <summary>Replaces every stored decision by what <paramref name="change"/> makes of it (a log written by an older version).</summary>
    public void Rewrite(Func<CommittedDecision, CommittedDecision> change)
    {
        lock (_gate)
        {
            for (var i = 0; i < _all.Count; i++)
            {
                _all[i] = change(_all[i]);
            }
        }
    }

    /// <summary>The stored (encoded) trace of a committed decision.</summary>
    public byte[] TraceOf(string decisionId)
    {
        lock (_gate)
        {
            return _traces[decisionId];
        }
    }

    public void Commit(IReadOnlyList<DecisionCommit> batch) => Commit(batch, [], []);

    public void Commit(IReadOnlyList<DecisionCommit> batch, IReadOnlyList<DecisionAcknowledgement> acknowledgements) => Commit(batch, acknowledgements, []);

    public void Commit(IReadOnlyList<DecisionCommit> batch, IReadOnlyList<DecisionAcknowledgement> acknowledgements, IReadOnlyList<DecisionOutcome> outcomes)
    {
        DuringCommit?.Invoke();
        lock (_gate)
        {
            if (FailNextCommits > 0)
            {
                FailNextCommits--;
                throw new IOException("disk full");
            }

            foreach (var entry in batch)
            {
                if (entry.Superseded is { } old)
                {
                    _superseded.Add(old.DecisionId);
                }

                _all.Add(entry.Decision);
                _traces[entry.Decision.DecisionId] = entry.EncodedTrace;
                if (entry.Changes.Cursor is { } cursor)
                {
                    _cursors[cursor.TerritoryId] = cursor.Position;
                }
            }

            foreach (var acknowledgement in acknowledgements)
            {
                _acknowledged.TryAdd(acknowledgement.DecisionId, acknowledgement.AcknowledgedAt);
            }

            foreach (var outcome in outcomes)
            {
                _outcomes[outcome.DecisionId] = outcome.Outcome;
                OutcomeWrites++;
            }

            CommitCount++;
            LargestBatch = Math.Max(LargestBatch, batch.Count);
        }
    }

    /// <summary>Reset (<see cref="HoldSyncs"/>) to keep written batches from becoming durable until it is set again.</summary>
    public ManualResetEventSlim SyncAllowed { get; } = new(true);

    /// <summary>
    /// Holds every sync until <see cref="SyncAllowed"/> is set or the returned handle is disposed.
    /// Declared after the service, the handle is disposed first: a test whose assertion fails then
    /// fails, instead of hanging in the service's Dispose, which waits for the held sync.
    /// </summary>
    public IDisposable HoldSyncs()
    {
        SyncAllowed.Reset();
        return new SyncRelease(SyncAllowed);
    }

    public int FailNextSyncs { get; set; }
    public int SyncCount { get; private set; }

    public void Sync()
    {
        SyncAllowed.Wait();
        lock (_gate)
        {
            SyncCount++;
            if (FailNextSyncs > 0)
            {
                FailNextSyncs--;
                throw new IOException("sync failed");
            }
        }
    }

    /// <summary>Rebuilds counters from the decisions, as a real log stores them.</summary>
    public LiveStateData Load(DateTimeOffset recentSince)
    {
        lock (_gate)
        {
            var active = InForce().ToList();
            var counters = new Dictionary<string, RepLiveCounters>();
            foreach (var d in _all.Where(d => d.Decision.Assignee.RepId is not null))
            {
                var rep = d.Decision.Assignee.RepId!;
                counters[rep] = counters.GetValueOrDefault(rep, RepLiveCounters.Empty).Assigned(d.DecidedAt);
                if (_superseded.Contains(d.DecisionId))
                {
                    counters[rep] = counters[rep].Released();
                }
            }

            return new LiveStateData
            {
                LastSequence = _all.Count == 0 ? 0 : _all.Max(d => d.Sequence),
                ActiveDecisions = active,
                RecentDecisions = _all.Where(d => d.DecidedAt >= recentSince).ToList(),
                RepCounters = counters,
                Cursors = new Dictionary<string, long>(_cursors),
                QueueLengths = active.Where(d => d.Decision.Assignee.IsQueue && d.AcknowledgedAt is null).GroupBy(d => d.Decision.Assignee.QueueName!).ToDictionary(g => g.Key, g => g.Count()),
            };
        }
    }

    public LiveStateData Load(DateTimeOffset recentSince, Func<DormancyFacts, bool> isDormant)
    {
        var data = Load(recentSince);
        return data with
        {
            ActiveDecisions = data.ActiveDecisions.Where(d => !isDormant(DormancyFacts.Of(d))).ToList(),
            DormantLeads = data.ActiveDecisions.Where(d => isDormant(DormancyFacts.Of(d))).Select(d => new DormantLead(d.LeadId, d.IdempotencyKey)).ToList(),
        };
    }

    /// <summary>Reads of decisions in force, one at a time (<see cref="InForceForLead"/>, <see cref="InForceForKey"/>).</summary>
    public int InForceReads { get; private set; }

    public CommittedDecision? InForceForLead(string leadId)
    {
        lock (_gate)
        {
            InForceReads++;
            return InForce().SingleOrDefault(d => d.LeadId == leadId);
        }
    }

    public CommittedDecision? InForceForKey(string idempotencyKey)
    {
        lock (_gate)
        {
            InForceReads++;
            return InForce().SingleOrDefault(d => d.IdempotencyKey == idempotencyKey);
        }
    }

    public IReadOnlyList<CommittedDecision> InForceDecidedBetween(DateTimeOffset from, DateTimeOffset before)
    {
        lock (_gate)
        {
            return InForce().Where(d => d.DecidedAt >= from && d.DecidedAt < before).ToList();
        }
    }

    private IEnumerable<CommittedDecision> InForce() => _all.Where(d => !_superseded.Contains(d.DecisionId)).Select(Acknowledged);

    public IReadOnlyList<CommittedDecision> History(string leadId)
    {
        lock (_gate)
        {
            return _all.Where(d => d.LeadId == leadId).Select(Acknowledged).ToList();
        }
    }

    /// <summary>Called at the start of each <see cref="Find"/>, outside the log's lock.</summary>
    public Action<string>? BeforeFind { get; set; }

    public CommittedDecision? Find(string decisionId)
    {
        BeforeFind?.Invoke(decisionId);
        lock (_gate)
        {
            return _all.Where(d => d.DecisionId == decisionId).Select(Acknowledged).FirstOrDefault();
        }
    }

    /// <summary>The stored acknowledgement time of each decision, by id.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> AcknowledgedDecisions
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, DateTimeOffset>(_acknowledged);
            }
        }
    }

    /// <summary>The stored outcome of each decision, by id.</summary>
    public IReadOnlyDictionary<string, RecordedOutcome> Outcomes
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, RecordedOutcome>(_outcomes);
            }
        }
    }

    /// <summary>Outcomes written, replacements and all.</summary>
    public int OutcomeWrites { get; private set; }

    // The acknowledgement and outcome stored beside the decision, as a real log joins them.
    private CommittedDecision Acknowledged(CommittedDecision decision)
    {
        if (_acknowledged.TryGetValue(decision.DecisionId, out var at))
        {
            decision = decision with { AcknowledgedAt = at };
        }

        return _outcomes.TryGetValue(decision.DecisionId, out var outcome) ? decision with { Outcome = outcome } : decision;
    }

    private sealed class SyncRelease(ManualResetEventSlim allowed) : IDisposable
    {
        public void Dispose() => allowed.Set();
    }
}
