namespace RoutingRules.Domain.Routing.Commit;

/// <summary>Decisions routed while the previous commit was in flight; written together, acknowledged together.</summary>
internal sealed class CommitBatch
{
    public List<DecisionCommit> Entries { get; } = [];

    /// <summary>Acknowledgements recorded since the previous commit; written after <see cref="Entries"/>.</summary>
    public List<DecisionAcknowledgement> Acknowledgements { get; } = [];

    /// <summary>Outcomes recorded since the previous commit; written after <see cref="Acknowledgements"/>, in the order recorded.</summary>
    public List<DecisionOutcome> Outcomes { get; } = [];

    /// <summary>True while the batch holds nothing to write.</summary>
    public bool IsEmpty => Entries.Count == 0 && Acknowledgements.Count == 0 && Outcomes.Count == 0;

    /// <summary>
    /// The callers answered when the batch is durable or has failed: those whose leads it holds and
    /// those replaying one of its decisions meanwhile. Added to under the pipeline lock, and only
    /// while the batch is pending or in flight, so the answering work item sees every one of them.
    /// </summary>
    public List<RoutingWork> Waiters { get; } = [];

    // Made on demand for a reader waiting for the batch's end (ExplainRoute of a decision still in
    // flight): most batches never have one.
    private TaskCompletionSource<bool>? _settled;

    /// <summary>
    /// Completes with true once the batch is durable, with false once it failed. Call under the
    /// pipeline lock while the batch is in flight (before <see cref="Complete"/> or <see cref="FailWith"/>).
    /// </summary>
    public Task<bool> Settled() => (_settled ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Acknowledges the batch's callers from a pool work item, never from the commit or sync thread that calls this.</summary>
    public void Complete()
    {
        _settled?.TrySetResult(true);
        ThreadPool.UnsafeQueueUserWorkItem(
            static waiters =>
            {
                foreach (var waiter in waiters)
                {
                    waiter.Acknowledge();
                }
            },
            Waiters,
            preferLocal: false);
    }

    public void Fail(Exception cause) => FailWith(new CommitFailedException("The decision could not be stored; nothing was kept.", cause));

    /// <summary>Fails the batch's callers from a pool work item, like <see cref="Complete"/>.</summary>
    public void FailWith(CommitFailedException failure)
    {
        _settled?.TrySetResult(false);
        ThreadPool.UnsafeQueueUserWorkItem(
            static answer =>
            {
                foreach (var waiter in answer.Waiters)
                {
                    waiter.Fail(answer.Failure);
                }
            },
            (Waiters, Failure: failure),
            preferLocal: false);
    }
}
