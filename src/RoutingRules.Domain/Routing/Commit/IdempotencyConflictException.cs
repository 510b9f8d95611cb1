namespace RoutingRules.Domain.Routing.Commit;

/// <summary>An idempotency key already belongs to a decision for another lead.</summary>
public sealed class IdempotencyConflictException(string key, string existingLeadId)
    : Exception($"Idempotency key '{key}' was already used for lead '{existingLeadId}'.")
{
    public string Key { get; } = key;
    public string ExistingLeadId { get; } = existingLeadId;
}
