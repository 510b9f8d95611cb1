using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The queues at the end of the fallback chain. <see cref="DefaultPool"/> is null when the dataset
/// has no default-pool territory; <see cref="PriorityQueue"/> is null when the policy names none.
/// </summary>
public sealed class FallbackQueues(string? defaultPool, string? priorityQueue, string escalation)
{
    public string? DefaultPool { get; } = defaultPool;
    public string? PriorityQueue { get; } = priorityQueue;
    public string Escalation { get; } = escalation;
    public bool HasDefaultPool => DefaultPool is not null;
    public bool HasPriorityQueue => PriorityQueue is not null;

    /// <summary>
    /// The pool when the dataset has a default-pool territory (named by its queue name, else the
    /// policy's), the policy's priority queue unless blank, the escalation territory's queue or the policy's.
    /// </summary>
    public static FallbackQueues From(ReferenceSnapshot snapshot)
    {
        var queues = snapshot.Policy.Queues;
        return new FallbackQueues(
            snapshot.DefaultPool is { } pool ? pool.QueueName ?? queues.DefaultPool : null,
            string.IsNullOrWhiteSpace(queues.PriorityQueue) ? null : queues.PriorityQueue,
            snapshot.EscalationQueue?.QueueName ?? queues.EscalationQueue);
    }

    public override string ToString() => $"fallback queues: {DefaultPool ?? "no pool"}, {PriorityQueue ?? "no priority queue"}, {Escalation}";
}
