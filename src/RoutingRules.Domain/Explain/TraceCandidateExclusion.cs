namespace RoutingRules.Domain.Explain;

/// <summary>One reason a candidate was excluded: the rule, the measured value and the limit it broke.</summary>
public sealed record TraceCandidateExclusion(string Rule, string Reason, string Actual, string Limit);
