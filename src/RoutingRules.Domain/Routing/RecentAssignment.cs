namespace RoutingRules.Domain.Routing;

/// <summary>A committed assignment of one of an account's leads, for the high-activity rule.</summary>
public sealed record RecentAssignment(string LeadId, string? RepId, string? QueueName, DateTimeOffset DecidedAt);
