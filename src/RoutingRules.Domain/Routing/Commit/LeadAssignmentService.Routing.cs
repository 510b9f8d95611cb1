namespace RoutingRules.Domain.Routing.Commit;

/// <summary>The routing thread: idempotency check, routing and live-state update under the gate.</summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// One thread routes every queued lead in turn, so callers wait asynchronously instead of
    /// blocking pool threads on the gate. Each chunk of leads taken from the queue is published
    /// with one pool work item, which encodes their traces while the next leads route (and answers
    /// the callers that need no commit); the others are answered by their batch once durable.
    /// The commit thread, when idle, is woken at the end of a run (the queue drained, or
    /// <see cref="MaxRoutedPerWake"/> leads), so one group commit takes the run; whatever is
    /// routed while it writes goes into the next one.
    /// </summary>
    private void RoutingLoop()
    {
        var taken = new List<RoutingWork>(MaxRoutedPerWake);
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
                        Decide(work);
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
                if (_idle && !_pending.IsEmpty)
                {
                    _idle = false;
                    _wake.Set();
                }
            }
        }
    }

    /// <summary>Replay or route one lead; under the gate. A failure belongs to this lead only.</summary>
    private void Decide(RoutingWork work)
    {
        try
        {
            DecideOrThrow(work);
        }
        catch (Exception failure)
        {
            work.Failed(failure);
        }
    }

    private void DecideOrThrow(RoutingWork work)
    {
        if (work.Request is not { } request)
        {
            RunCommand(work);
            return;
        }

        var state = CurrentState();
        var existing = state.ActiveForKey(request.Key);
        if (existing is not null && existing.LeadId != request.Lead.Id)
        {
            throw new IdempotencyConflictException(request.Key, existing.LeadId);
        }

        existing ??= state.ActiveForLead(request.Lead.Id);
        if (existing is not null && !request.Reroute)
        {
            if (!existing.LeadFingerprint.Admits(work.Fingerprint))
            {
                throw new LeadChangedException(request.Lead.Id, existing.DecisionId);
            }

            lock (_pipeline)
            {
                // A replay of a decision still in flight is answered with its batch, once durable.
                var inFlight = _inFlight.GetValueOrDefault(existing.DecisionId);
                work.Decided(new AssignmentResult(existing, Replay: true), routed: null, awaitsBatch: inFlight is not null);
                inFlight?.Waiters.Add(work);
                return;
            }
        }

        ApplyAndQueue(state, Route(state, request, work.Fingerprint, existing), work);
    }

    /// <summary>
    /// Applies a new decision to the live state and adds it to the pending group commit, whose
    /// durability answers <paramref name="work"/>. Under the gate, on the routing thread. An
    /// <paramref name="acknowledgement"/> of the new decision joins the same batch: answered OK,
    /// the decision is never stored without it.
    /// </summary>
    private void ApplyAndQueue(LiveState state, DecisionCommit commit, RoutingWork work, DecisionAcknowledgement? acknowledgement = null)
    {
        state.Apply(commit);
        lock (_pipeline)
        {
            var batch = _pending;
            batch.Entries.Add(commit);
            _inFlight[commit.Decision.DecisionId] = batch;
            if (acknowledgement is not null)
            {
                batch.Acknowledgements.Add(acknowledgement);
                _acknowledgementsInFlight[acknowledgement.DecisionId] = batch;
            }

            work.Decided(new AssignmentResult(commit.Decision, Replay: false), commit, awaitsBatch: true);
            batch.Waiters.Add(work);
        }
    }

    /// <summary>The log's next decision: its sequence follows the live state's last, its id is made from both.</summary>
    private CommittedDecision NextDecision(
        LiveState state, DateTimeOffset now, string idempotencyKey, LeadFingerprint fingerprint, RoutingDecision decision, string? supersedes)
    {
        var sequence = state.LastSequence + 1;
        return new CommittedDecision
        {
            DecisionId = _decisionIds.Next(now, sequence),
            Sequence = sequence,
            IdempotencyKey = idempotencyKey,
            LeadFingerprint = fingerprint,
            DecidedAt = now,
            Decision = decision,
            SupersedesDecisionId = supersedes,
        };
    }

    private DecisionCommit Route(LiveState state, AssignmentRequest request, LeadFingerprint fingerprint, CommittedDecision? superseded)
    {
        var now = _time.GetUtcNow();
        var snapshot = _snapshots.Current;
        state.Prepare(snapshot, now);
        var outcome = _router.Route(request.Lead, new RoutingContext(snapshot, state, now));
        var decision = NextDecision(state, now, request.Key, fingerprint, outcome.Decision with { LeadId = request.Lead.Id }, superseded?.DecisionId);

        // The decision goes on without its trace (see DecisionCommit): callers and the live state never read it.
        return new DecisionCommit(decision, outcome.Changes, superseded, outcome.Trace, _vocabulary);
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
