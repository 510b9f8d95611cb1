namespace RoutingRules.Domain.Routing;

/// <summary>A candidate rep excluded from distribution: why, the measured value and the limit.</summary>
public sealed record TraceExclusion(string RepId, string Reason, string Actual, string Limit);
