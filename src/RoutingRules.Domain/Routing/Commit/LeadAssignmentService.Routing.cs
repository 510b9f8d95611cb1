namespace RoutingRules.Domain.Routing.Commit;

/// <summary>The routing thread: idempotency check, routing and live-state update under the gate.</summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// One thread routes every queued lead in turn, so callers wait asynchronously instead of
    /// blocking pool threads on the gate. The callers of each chunk of leads taken from the queue
    /// hear of their decisions together, on one pool thread, which encodes their traces while the
    /// next leads route. The commit thread, when idle, is woken at the end of a run (the queue drained, or
    /// <see cref="MaxRoutedPerWake"/> leads), so one group commit takes the run; whatever is
    /// routed while it writes goes into the next one.
    /// </summary>
    private void RoutingLoop()
    {
        var taken = new List<RoutingWork>(MaxRoutedPerWake);
        Func<AssignmentRequest, (AssignmentResult, CommitBatch?, DecisionCommit?)> decide = Decide;
        while (_queue.Take(taken, MaxRoutedPerWake, wait: true))
        {
            // A run goes on with the leads queued meanwhile until the queue is empty or the run is full.
            var routed = 0;
            do
            {
                foreach (var work in taken)
                {
                    lock (_gate)
                    {
                        work.Decide(decide);
                    }
                }

                // One pool work item per chunk taken instead of one per lead: a wake-up per lead
                // cost more than the callers gain by resuming in parallel.
                RoutingWork.PublishAll([.. taken]);
                routed += taken.Count;
                taken.Clear();
            }
            while (routed < MaxRoutedPerWake && _queue.Take(taken, MaxRoutedPerWake - routed, wait: false));

            lock (_pipeline)
            {
                if (_idle && _pending.Entries.Count > 0)
                {
                    _idle = false;
                    _wake.Set();
                }
            }
        }
    }

    /// <summary>Replay or route one lead; under the gate.</summary>
    private (AssignmentResult Result, CommitBatch? Batch, DecisionCommit? Routed) Decide(AssignmentRequest request)
    {
        var state = CurrentState();
        var existing = state.ActiveForKey(request.Key);
        if (existing is not null && existing.LeadId != request.Lead.Id)
        {
            throw new IdempotencyConflictException(request.Key, existing.LeadId);
        }

        existing ??= state.ActiveForLead(request.Lead.Id);
        if (existing is not null && !request.Reroute)
        {
            lock (_pipeline)
            {
                return (new AssignmentResult(existing, Replay: true), _inFlight.GetValueOrDefault(existing.DecisionId), null);
            }
        }

        var commit = Route(state, request, existing);
        state.Apply(commit);
        lock (_pipeline)
        {
            var batch = _pending;
            batch.Entries.Add(commit);
            _inFlight[commit.Decision.DecisionId] = batch;
            return (new AssignmentResult(commit.Decision, Replay: false), batch, commit);
        }
    }

    private DecisionCommit Route(LiveState state, AssignmentRequest request, CommittedDecision? superseded)
    {
        var now = _time.GetUtcNow();
        var snapshot = _snapshots.Current;
        state.Prepare(snapshot, now);
        var outcome = _router.Route(request.Lead, new RoutingContext(snapshot, state, now));
        var decision = new CommittedDecision
        {
            DecisionId = _decisionIds.Next(now),
            Sequence = state.LastSequence + 1,
            IdempotencyKey = request.Key,
            DecidedAt = now,
            Decision = outcome.Decision with { LeadId = request.Lead.Id },
            SupersedesDecisionId = superseded?.DecisionId,
        };

        // The decision goes on without its trace (see DecisionCommit): callers and the live state never read it.
        return new DecisionCommit(decision, outcome.Changes, superseded, outcome.Trace);
    }

    /// <summary>The live state; after a commit failure whose reload also failed, tries the reload again. Call under the gate.</summary>
    private LiveState CurrentState()
    {
        if (SyncFailure is { } broken)
        {
            throw SyncFailed(broken);
        }

        if (_state is { } state)
        {
            return state;
        }

        if (_committer is null)
        {
            throw new InvalidOperationException("The assignment service is not started.");
        }

        try
        {
            return _state = Load();
        }
        catch (Exception failure)
        {
            throw new CommitFailedException("The decision log cannot be read.", failure);
        }
    }
}
