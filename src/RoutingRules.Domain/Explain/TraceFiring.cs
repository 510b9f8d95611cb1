namespace RoutingRules.Domain.Explain;

/// <summary>One rule firing: its position, the rule, the facts it matched and the facts its action inserted.</summary>
public sealed record TraceFiring(int Order, string Rule, IReadOnlyList<TraceFact> Matched, IReadOnlyList<TraceFact> Inserted);
