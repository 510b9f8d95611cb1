namespace RoutingRules.Domain.Routing.Commit;

/// <summary>A lead to assign; <paramref name="IdempotencyKey"/> defaults to the lead id.</summary>
public sealed record AssignmentRequest(Lead Lead, string? IdempotencyKey = null, bool Reroute = false)
{
    public string Key => string.IsNullOrEmpty(IdempotencyKey) ? Lead.Id : IdempotencyKey;
}
