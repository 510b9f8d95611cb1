using System.Text.Json.Serialization;

namespace RoutingRules.Domain.Model;

public sealed record Opportunity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string OwnerId { get; init; }
    public OpportunityStatus Status { get; init; } = OpportunityStatus.Open;

    /// <summary>Amount in EUR.</summary>
    public decimal? Amount { get; init; }

    [JsonIgnore]
    public bool IsOpen => Status == OpportunityStatus.Open;
}
