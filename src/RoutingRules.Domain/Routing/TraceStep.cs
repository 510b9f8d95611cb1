namespace RoutingRules.Domain.Routing;

/// <summary>One rule firing: the rule's name and its matched facts in words.</summary>
public sealed record TraceStep(string Rule, IReadOnlyList<string> Facts);
