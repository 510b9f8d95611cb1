using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Routes leads and commits their decisions. Routing and applying the outcome to the live state
/// happen under one gate, so caps and round-robin hold under any concurrency; a single commit
/// thread writes everything routed since its previous commit in one transaction (group commit),
/// a sync thread makes written batches durable, and each caller is answered only once its batch
/// is durable. A failed commit fails every call not yet acknowledged and rebuilds the live state
/// from the log; a failed sync stops the service from acknowledging anything more.
/// </summary>
public sealed partial class LeadAssignmentService : IDisposable
{
    /// <summary>
    /// Leads routed before an idle commit thread is woken. Small, so that writing a burst's first
    /// leads overlaps routing the rest of it (with the sync off the commit thread, 8 and 16 beat
    /// 64 by about a fifth in RouteLead throughput), but not so small that each group commit's
    /// fixed pages (counters, cursor, active-lead index, the tables' last pages) are written for
    /// a handful of leads: once commits had become cheaper, 16 cost 3 us less CPU per RouteLead
    /// than 8 at the same or slightly better throughput, and 32 less still but with throughput
    /// lost to the wait (docs/PERFORMANCE.md).
    /// </summary>
    private const int MaxRoutedPerWake = 16;

    // The gate serialises routing against the live state; it is held for a whole route. The commit
    // pipeline (pending batch, written batches, in-flight decisions, the threads' idle flags) has a
    // lock of its own, held only for a few instructions, so the commit and sync threads never spin
    // on a route in progress. Lock order: the gate, then the pipeline lock.
    private readonly Lock _gate = new();
    private readonly Lock _pipeline = new();
    private readonly ILeadRouter _router;
    private readonly ISnapshotSource _snapshots;
    private readonly IDecisionLog _log;
    private readonly LeadAssignmentOptions _options;
    private readonly TimeProvider _time;
    // Set when the idle commit thread has work. No spinning before it blocks: on a small machine the
    // cores spinning would take are the ones routing and answering need.
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
    private readonly DecisionIds _decisionIds = new();
    private readonly Dictionary<string, CommitBatch> _inFlight = new(StringComparer.Ordinal);
    // Acknowledgements written by a batch not yet durable, by decision id: a repeated acknowledgement waits for that batch.
    private readonly Dictionary<string, CommitBatch> _acknowledgementsInFlight = new(StringComparer.Ordinal);
    // The batch writing each decision's latest outcome while it is not yet durable, by decision id: a repeat waits for it.
    private readonly Dictionary<string, CommitBatch> _outcomesInFlight = new(StringComparer.Ordinal);
    private LiveState? _state;
    // The log's trace vocabulary with the router's rule names, taken when the service starts.
    private Explain.Binary.TraceVocabulary? _vocabulary;
    private CommitBatch _pending = new();
    private readonly RoutingQueue _queue = new();
    // Written by the commit thread, waiting for the sync thread; woken like the commit thread.
    private readonly ManualResetEventSlim _syncWake = new(false, spinCount: 0);
    private List<CommitBatch> _written = [];
    private Exception? _syncFailure;
    private Thread? _committer;
    private Thread? _syncer;
    private Thread? _routingThread;
    private bool _idle = true;
    private bool _syncIdle = true;
    private bool _stopping;
    private bool _committerStopped;

    public LeadAssignmentService(
        ILeadRouter router, ISnapshotSource snapshots, IDecisionLog log, LeadAssignmentOptions? options = null, TimeProvider? time = null)
    {
        _router = router;
        _snapshots = snapshots;
        _log = log;
        _options = options ?? new LeadAssignmentOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>True once <see cref="Start"/> has loaded the live state.</summary>
    public bool IsReady => Volatile.Read(ref _state) is not null;

    /// <summary>Loads the live state from the log and starts the routing, commit and sync threads.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_committer is not null)
            {
                return;
            }

            _state = Load();
            _vocabulary = _log.Vocabulary(_router.RuleNames);
            _committer = new Thread(CommitLoop) { IsBackground = true, Name = "decision-commit" };
            _committer.Start();
            _syncer = new Thread(SyncLoop) { IsBackground = true, Name = "decision-sync" };
            _syncer.Start();
            _routingThread = new Thread(RoutingLoop) { IsBackground = true, Name = "lead-routing" };
            _routingThread.Start();
        }
    }

    /// <summary>
    /// Returns the lead's existing decision (a replay) unless <see cref="AssignmentRequest.Reroute"/>;
    /// otherwise routes, commits and returns the new decision. Throws
    /// <see cref="CommitFailedException"/> when the decision could not be stored and
    /// <see cref="IdempotencyConflictException"/> when the key belongs to another lead.
    /// </summary>
    public Task<AssignmentResult> AssignAsync(AssignmentRequest request, CancellationToken cancellationToken = default) =>
        Submit(new RoutingWork(request, TimeToAssign), cancellationToken);

    /// <summary>
    /// Time to assign (DOMAIN.md §7) since the service started: from a lead's arrival here until its
    /// new decision is durable (routing, group commit and sync; replays are not counted).
    /// </summary>
    public LatencyHistogram TimeToAssign { get; } = new();

    /// <summary>Every stored decision of the lead, oldest first, superseded ones included.</summary>
    public IReadOnlyList<CommittedDecision> History(string leadId) => _log.History(leadId);

    /// <summary>A stored decision by its id (superseded ones included), or null.</summary>
    public CommittedDecision? FindDecision(string decisionId) => _log.Find(decisionId);

    /// <summary>
    /// Completes once the decision <paramref name="decisionId"/>, applied to the live state but
    /// still in flight, is stored (true) or its batch failed (false); at once with true for a
    /// decision not in flight (stored already, or unknown).
    /// </summary>
    public Task<bool> WhenSettledAsync(string decisionId)
    {
        lock (_pipeline)
        {
            return _inFlight.TryGetValue(decisionId, out var batch) ? batch.Settled() : Task.FromResult(true);
        }
    }

    /// <summary>Which rules fired in the decisions made since <paramref name="since"/> (committed ones); null when the log cannot say.</summary>
    public RuleUsage? RuleUsage(DateTimeOffset since) => _log.RuleUsage(since);

    /// <summary>
    /// What a routing health report over <paramref name="window"/> up to <paramref name="now"/>
    /// counts: the decisions in force kept whole and the queue lengths, copied under the gate, and,
    /// for a window longer than the in-memory period, the dormant decisions of the window read from
    /// the log outside it.
    /// </summary>
    public HealthReading ReadHealth(ReferenceSnapshot snapshot, DateTimeOffset now, TimeSpan window)
    {
        var reading = ReadState(live => RoutingHealthMeter.Read(live, snapshot));
        // A dormant decision was made more than the period before it turned dormant, so before now - period.
        return _options.InMemoryPeriod is { } period && window > period
            ? reading with { Dormant = _log.InForceDecidedBetween(now - window, now - period) }
            : reading;
    }

    /// <summary>Runs <paramref name="read"/> against the live state under the gate (for diagnostics and tests).</summary>
    public T ReadState<T>(Func<LiveState, T> read)
    {
        lock (_gate)
        {
            var state = CurrentState();
            state.Prepare(_snapshots.Current, _time.GetUtcNow());
            return read(state);
        }
    }

    /// <summary>Routes what is queued, commits and syncs what is pending, then stops the threads.</summary>
    public void Dispose()
    {
        _queue.Complete();
        _routingThread?.Join();
        Thread? committer;
        lock (_pipeline)
        {
            _stopping = true;
            committer = _committer;
            if (_idle)
            {
                _idle = false;
                _wake.Set();
            }
        }

        committer?.Join();
        lock (_pipeline)
        {
            _committerStopped = true;
            if (_syncIdle)
            {
                _syncIdle = false;
                _syncWake.Set();
            }
        }

        _syncer?.Join();
        _wake.Dispose();
        _syncWake.Dispose();
    }

    private LiveState Load()
    {
        var now = _time.GetUtcNow();
        var recentSince = now - _options.RecentWindow;
        if (_options.InMemoryPeriod is not { } period)
        {
            return new LiveState(_log.Load(recentSince), _options.RecentWindow);
        }

        var dormant = new DormantDecisions(_log, period);
        return new LiveState(_log.Load(recentSince, facts => dormant.IsDormant(facts, now)), _options.RecentWindow, dormant);
    }
}
