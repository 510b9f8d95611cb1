namespace RoutingRules.Domain.Routing.Commit;

/// <summary>A dormant decision in force as the log hands it to the live state at load: its lead and idempotency key.</summary>
public readonly record struct DormantLead(string LeadId, string IdempotencyKey);
