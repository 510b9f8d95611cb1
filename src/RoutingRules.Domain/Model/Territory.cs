namespace RoutingRules.Domain.Model;

public sealed record Territory
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? ParentId { get; init; }
    public TerritoryCriteria Criteria { get; init; } = TerritoryCriteria.Any;

    /// <summary>Higher wins when overlapping territories are otherwise tied.</summary>
    public int Priority { get; init; }

    public IReadOnlyList<string> MemberRepIds { get; init; } = [];
    public DistributionStrategy Strategy { get; init; } = DistributionStrategy.RoundRobin;
    public string? BackupRepId { get; init; }

    /// <summary>Accounts inside the territory's criteria that it must not take (they are routed elsewhere).</summary>
    public IReadOnlyList<string> NamedAccountExceptionIds { get; init; } = [];

    public bool IsDefaultPool { get; init; }
    public bool IsEscalationQueue { get; init; }

    /// <summary>Queue name used when the territory hands leads to a queue rather than a rep.</summary>
    public string? QueueName { get; init; }
}
