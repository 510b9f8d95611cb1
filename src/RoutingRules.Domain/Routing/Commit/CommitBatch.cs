namespace RoutingRules.Domain.Routing.Commit;

/// <summary>Decisions routed while the previous commit was in flight; written together, acknowledged together.</summary>
internal sealed class CommitBatch
{
    // Continuations run where the task completes, which is one pool work item per batch (see
    // Complete): the callers' answers are mapped and written one after another on that thread
    // instead of each waking a pool thread of its own.
    private readonly TaskCompletionSource _durable = new();

    public List<DecisionCommit> Entries { get; } = [];

    /// <summary>Completes once the batch is durable; faults with <see cref="CommitFailedException"/> otherwise.</summary>
    public Task Durable => _durable.Task;

    /// <summary>Acknowledges the batch from a pool thread, never from the commit or sync thread that calls this.</summary>
    public void Complete() =>
        ThreadPool.UnsafeQueueUserWorkItem(static batch => batch._durable.TrySetResult(), this, preferLocal: false);

    public void Fail(Exception cause) => FailWith(new CommitFailedException("The decision could not be stored; nothing was kept.", cause));

    /// <summary>Fails the batch's callers from a pool thread, like <see cref="Complete"/>.</summary>
    public void FailWith(CommitFailedException failure) =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static answer => answer.Batch._durable.TrySetException(answer.Failure), (Batch: this, Failure: failure), preferLocal: false);
}
