namespace RoutingRules.Domain.Explain;

/// <summary>A territory whose criteria accepted the lead, the dimensions it matched on, and whether (and how) it won.</summary>
public sealed record TraceTerritory(
    string Id, string Name, string Vertical, string Geography, bool Segment, int DimensionRank, int ScoreRank, bool Chosen, string? ChosenBy);
