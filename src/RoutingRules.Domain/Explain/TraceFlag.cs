namespace RoutingRules.Domain.Explain;

/// <summary>A flag raised on the decision, why, and the rule that raised it.</summary>
public sealed record TraceFlag(string Flag, string Reason, string? Rule, DateTimeOffset? NextContactAt);
