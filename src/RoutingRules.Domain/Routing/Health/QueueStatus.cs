using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>How many leads wait in a queue and whether that is a capacity alert (more than the policy's threshold).</summary>
public sealed record QueueStatus(string Queue, int Length, int AlertThreshold)
{
    public bool AboveAlertThreshold => Length > AlertThreshold;

    public static QueueStatus Of(string queue, int length, QueuePolicy policy) => new(queue, length, policy.QueueAlertThreshold);
}
