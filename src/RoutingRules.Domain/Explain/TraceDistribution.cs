namespace RoutingRules.Domain.Explain;

/// <summary>The distribution strategy that picked the rep, and its inputs (cursor, weights or workload scores).</summary>
public sealed record TraceDistribution(
    string Rule, string Strategy, string TerritoryId, string ChosenRepId, string Inputs, long? CursorBefore, long? CursorAfter);
