namespace RoutingRules.Domain.Explain;

/// <summary>The service level that applied: lead type, response target, respond-by and escalation times, and why.</summary>
public sealed record TraceSla(string LeadType, TimeSpan? ResponseTarget, DateTimeOffset RespondBy, DateTimeOffset EscalateAt, string Reason, string? Rule);
