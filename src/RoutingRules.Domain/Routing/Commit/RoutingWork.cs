namespace RoutingRules.Domain.Routing.Commit;

/// <summary>A queued lead and how its caller learns the outcome (published once the gate is released).</summary>
internal sealed class RoutingWork(AssignmentRequest request)
{
    // Continuations run where Publish is called: the pool work item publishing a chunk of routed
    // leads (see PublishAll), so the callers resume one after another on one pool thread.
    private readonly TaskCompletionSource<(AssignmentResult Result, CommitBatch? Batch, DecisionCommit? Routed)> _decided = new();

    private (AssignmentResult Result, CommitBatch? Batch, DecisionCommit? Routed) _outcome;
    private Exception? _failure;

    public Task<(AssignmentResult Result, CommitBatch? Batch, DecisionCommit? Routed)> Decided => _decided.Task;

    /// <summary>Runs <paramref name="decide"/>; a failure belongs to this lead only.</summary>
    public void Decide(Func<AssignmentRequest, (AssignmentResult, CommitBatch?, DecisionCommit?)> decide)
    {
        try
        {
            _outcome = decide(request);
        }
        catch (Exception failure)
        {
            _failure = failure;
        }
    }

    /// <summary>Publishes <paramref name="works"/> in order from a pool work item, never from the routing thread that calls this.</summary>
    public static void PublishAll(RoutingWork[] works) =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static decided =>
            {
                foreach (var work in decided)
                {
                    work.Publish();
                }
            },
            works,
            preferLocal: false);

    private void Publish()
    {
        if (_failure is not null)
        {
            _decided.TrySetException(_failure);
        }
        else
        {
            _decided.TrySetResult(_outcome);
        }
    }
}
