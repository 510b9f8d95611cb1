namespace RoutingRules.Domain.Routing.Commit;

/// <summary>The sync thread: makes written batches durable, then acknowledges them.</summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// Syncing on a thread of its own lets the commit thread write the next batch while the
    /// previous one reaches the disk: with the sync inside the commit, every caller waited for
    /// the disk with the cores idle. One sync covers every batch written before it started.
    /// </summary>
    private void SyncLoop()
    {
        var syncing = new List<CommitBatch>();
        while (true)
        {
            lock (_pipeline)
            {
                if (_written.Count > 0)
                {
                    (syncing, _written) = (_written, syncing);
                }
                else if (_committerStopped)
                {
                    return;
                }
                else
                {
                    _syncIdle = true;
                }
            }

            if (syncing.Count == 0)
            {
                // Only the commit thread, finding _syncIdle set (and clearing it), sets the event.
                _syncWake.Wait();
                _syncWake.Reset();
                continue;
            }

            Sync(syncing);
            syncing.Clear();
        }
    }

    private void Sync(List<CommitBatch> batches)
    {
        if (SyncFailure is { } broken)
        {
            FailSync(batches, broken);
            return;
        }

        try
        {
            _log.Sync();
        }
        catch (Exception failure)
        {
            FailSync(batches, failure);
            return;
        }

        lock (_pipeline)
        {
            foreach (var batch in batches)
            {
                ForgetInFlight(batch);
            }
        }

        foreach (var batch in batches)
        {
            // Published before the answer, so a caller who got OK finds the account in the snapshot.
            PublishCreatedAccounts(batch);
            batch.Complete();
        }
    }

    private Exception? SyncFailure
    {
        get
        {
            lock (_pipeline)
            {
                return _syncFailure;
            }
        }
    }

    /// <summary>
    /// A failed sync leaves no way to know what reached the disk (after a failed fsync the kernel
    /// may drop the pages it could not write), so nothing more is acknowledged: these batches and
    /// every later call fail until the service restarts and reads what is really stored.
    /// </summary>
    private void FailSync(List<CommitBatch> batches, Exception failure)
    {
        var first = false;
        lock (_pipeline)
        {
            if (_syncFailure is null)
            {
                _syncFailure = failure;
                first = true;
            }

            foreach (var batch in batches)
            {
                ForgetInFlight(batch);
            }
        }

        if (first)
        {
            _options.BackgroundError?.Invoke(failure);
            _options.Halted?.Invoke(failure);
        }

        var answer = SyncFailed(failure);
        foreach (var batch in batches)
        {
            batch.FailWith(answer);
        }
    }

    private static CommitFailedException SyncFailed(Exception failure) =>
        new("The decision log could not be synced to disk; nothing more is stored until the service restarts.", failure);
}
