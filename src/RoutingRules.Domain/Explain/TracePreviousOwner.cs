namespace RoutingRules.Domain.Explain;

/// <summary>An earlier lead of the account (or domain) and who received it.</summary>
public sealed record TracePreviousOwner(string LeadId, string? AccountId, string? RepId, string? Outcome, DateTimeOffset At);
