namespace RoutingRules.Domain.Routing;

/// <summary>Who receives the lead: a rep, or a named queue when no rep can take it.</summary>
public sealed record Assignee
{
    private Assignee(string? repId, string? repName, string? queueName)
    {
        RepId = repId;
        RepName = repName;
        QueueName = queueName;
    }

    public string? RepId { get; }
    public string? RepName { get; }
    public string? QueueName { get; }
    public bool IsQueue => QueueName is not null;

    public static Assignee ForRep(string repId, string repName) => new(repId, repName, null);

    public static Assignee ForQueue(string queueName) => new(null, null, queueName);
}
