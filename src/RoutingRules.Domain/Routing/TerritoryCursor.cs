namespace RoutingRules.Domain.Routing;

/// <summary>A territory's round-robin position after a decision.</summary>
public sealed record TerritoryCursor(string TerritoryId, long Position);
