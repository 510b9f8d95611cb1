using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>The distribution strategy that picked the rep, and its inputs (cursor, weights or workload scores).</summary>
public sealed record TraceDistribution(
    string Rule, string Strategy, string TerritoryId, string ChosenRepId, string Inputs, long? CursorBefore, long? CursorAfter)
{
    /// <summary>The figures compared, as numbers; null for a single member or a rotation, and in traces stored before format 6.</summary>
    public DistributionFigures? Figures { get; init; }
}
