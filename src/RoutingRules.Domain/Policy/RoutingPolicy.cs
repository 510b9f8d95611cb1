namespace RoutingRules.Domain.Policy;

/// <summary>Every operator-tunable threshold of DOMAIN.md; a default-constructed policy holds the documented defaults.</summary>
public sealed record RoutingPolicy
{
    public static readonly RoutingPolicy Default = new();

    public AccountPolicy Accounts { get; init; } = new();
    public MatchingPolicy Matching { get; init; } = new();
    public TerritoryPolicy Territories { get; init; } = new();
    public CapacityPolicy Capacity { get; init; } = new();
    public AssignmentPolicy Assignment { get; init; } = new();
    public QueuePolicy Queues { get; init; } = new();
    public SlaPolicy Sla { get; init; } = new();
    public HealthPolicy Health { get; init; } = new();
}
