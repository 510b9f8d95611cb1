namespace RoutingRules.Domain.Routing.Commit;

/// <summary>Decisions routed while the previous commit was in flight; written together, acknowledged together.</summary>
internal sealed class CommitBatch
{
    private readonly TaskCompletionSource _durable = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<DecisionCommit> Entries { get; } = [];

    /// <summary>Completes once the batch is durable; faults with <see cref="CommitFailedException"/> otherwise.</summary>
    public Task Durable => _durable.Task;

    public void Complete() => _durable.TrySetResult();

    public void Fail(Exception cause) => FailWith(new CommitFailedException("The decision could not be stored; nothing was kept.", cause));

    public void FailWith(CommitFailedException failure) => _durable.TrySetException(failure);
}
