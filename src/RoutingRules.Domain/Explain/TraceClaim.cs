namespace RoutingRules.Domain.Explain;

/// <summary>An owner claim a level of the priority chain made; <see cref="Won"/> marks the one that decided.</summary>
public sealed record TraceClaim(
    string Level, int Rank, string? RepId, string? RepName, string? Queue, string? AccountId, string Reason, string? Rule, bool Won);
