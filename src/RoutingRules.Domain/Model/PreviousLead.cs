namespace RoutingRules.Domain.Model;

/// <summary>A lead routed earlier; tied to an account when known, else to its corporate domain.</summary>
public sealed record PreviousLead
{
    public required string Id { get; init; }
    public string? AccountId { get; init; }
    public string? Domain { get; init; }
    public required string OwnerId { get; init; }
    public LeadOutcome Outcome { get; init; } = LeadOutcome.Open;
    public DateTimeOffset ReceivedAt { get; init; }
}
