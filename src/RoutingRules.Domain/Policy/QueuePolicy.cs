namespace RoutingRules.Domain.Policy;

/// <summary>Named queues that receive leads no rep can take.</summary>
public sealed record QueuePolicy
{
    public string DefaultPool { get; init; } = "default-pool";
    public string EscalationQueue { get; init; } = "escalation";
    public string CompetitorQueue { get; init; } = "competitive-intelligence";
    public string PriorityQueue { get; init; } = "priority";

    /// <summary>A queue holding more waiting leads than this raises a capacity alert.</summary>
    public int QueueAlertThreshold { get; init; } = 20;
}
