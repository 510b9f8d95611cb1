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

    public override string ToString() => $"fallback queues: {DefaultPool ?? "no pool"}, {PriorityQueue ?? "no priority queue"}, {Escalation}";
}
