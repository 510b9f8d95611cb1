namespace RoutingRules.Domain.Routing.Commit;

/// <summary>The commit thread: group commit and recovery.</summary>
public sealed partial class LeadAssignmentService
{
    private void CommitLoop()
    {
        while (true)
        {
            CommitBatch? batch = null;
            lock (_pipeline)
            {
                if (!_pending.IsEmpty)
                {
                    batch = _pending;
                    _pending = new CommitBatch();
                }
                else if (_stopping)
                {
                    return;
                }
                else
                {
                    _idle = true;
                }
            }

            if (batch is null)
            {
                // Only a caller that found _idle set (and cleared it) sets the event, so none is lost.
                _wake.Wait();
                _wake.Reset();
                continue;
            }

            Commit(batch);
        }
    }

    private void Commit(CommitBatch batch)
    {
        if (SyncFailure is { } broken)
        {
            // Routed before the sync failed; after it nothing is written.
            lock (_pipeline)
            {
                ForgetInFlight(batch);
            }

            batch.FailWith(SyncFailed(broken));
            return;
        }

        try
        {
            if (batch.Outcomes.Count > 0)
            {
                _log.Commit(batch.Entries, batch.Acknowledgements, batch.Outcomes);
            }
            else if (batch.Acknowledgements.Count > 0)
            {
                _log.Commit(batch.Entries, batch.Acknowledgements);
            }
            else
            {
                _log.Commit(batch.Entries);
            }
        }
        catch (Exception failure)
        {
            Recover(batch, failure);
            return;
        }

        lock (_pipeline)
        {
            _written.Add(batch);
            if (_syncIdle)
            {
                _syncIdle = false;
                _syncWake.Set();
            }
        }
    }

    /// <summary>Everything routed after the failed batch saw its effects, so it fails too; the state is re-read from what is stored.</summary>
    private void Recover(CommitBatch failed, Exception failure)
    {
        _options.BackgroundError?.Invoke(failure);
        CommitBatch later;
        lock (_gate)
        {
            lock (_pipeline)
            {
                later = _pending;
                _pending = new CommitBatch();
                // Batches written before the failure stay in flight: they are stored and wait for their sync.
                ForgetInFlight(failed);
                ForgetInFlight(later);
            }

            try
            {
                _state = Load();
            }
            catch (Exception reload)
            {
                // Keep the stale state out of use: the next call must not route against it.
                _state = null;
                _options.BackgroundError?.Invoke(reload);
            }
        }

        failed.Fail(failure);
        later.Fail(failure);
    }

    /// <summary>Under the pipeline lock.</summary>
    private void ForgetInFlight(CommitBatch batch)
    {
        foreach (var entry in batch.Entries)
        {
            _inFlight.Remove(entry.Decision.DecisionId);
        }

        foreach (var acknowledgement in batch.Acknowledgements)
        {
            _acknowledgementsInFlight.Remove(acknowledgement.DecisionId);
        }

        foreach (var outcome in batch.Outcomes)
        {
            // A later batch may hold a newer outcome of the same decision: that one stays in flight.
            if (_outcomesInFlight.TryGetValue(outcome.DecisionId, out var holder) && holder == batch)
            {
                _outcomesInFlight.Remove(outcome.DecisionId);
            }
        }
    }

    private void PublishCreatedAccounts(CommitBatch batch)
    {
        foreach (var entry in batch.Entries)
        {
            if (entry.Changes.CreatedAccount is { } account && _options.AccountCreated is { } publish)
            {
                try
                {
                    publish(account);
                }
                catch (Exception failure)
                {
                    // The account is stored and loads on the next start; only the in-memory snapshot lags.
                    _options.BackgroundError?.Invoke(failure);
                }
            }
        }
    }
}
