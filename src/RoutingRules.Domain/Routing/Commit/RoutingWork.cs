namespace RoutingRules.Domain.Routing.Commit;

/// <summary>A queued lead and how its caller learns the outcome (published once the gate is released).</summary>
internal sealed class RoutingWork(AssignmentRequest request)
{
    private readonly TaskCompletionSource<(AssignmentResult Result, CommitBatch? Batch, DecisionCommit? Routed)> _decided =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    public void Publish()
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
