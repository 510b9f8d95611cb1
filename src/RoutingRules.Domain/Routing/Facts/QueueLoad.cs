namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Leads waiting in a named queue (live state).</summary>
public sealed class QueueLoad(string queue, int length)
{
    public string Queue { get; } = queue;
    public int Length { get; } = length;

    public override string ToString() => $"queue {Queue}: {Length} waiting";
}
