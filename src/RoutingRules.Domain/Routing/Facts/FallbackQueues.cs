namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The queues at the end of the fallback chain; <see cref="DefaultPool"/> is null when none is configured.</summary>
public sealed class FallbackQueues(string? defaultPool, string escalation)
{
    public string? DefaultPool { get; } = defaultPool;
    public string Escalation { get; } = escalation;
    public bool HasDefaultPool => DefaultPool is not null;

    public override string ToString() => $"fallback queues: {DefaultPool ?? "no pool"}, {Escalation}";
}
