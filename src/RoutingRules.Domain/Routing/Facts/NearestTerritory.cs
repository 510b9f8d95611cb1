namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The territory the policy names for the lead's area when no territory matches the lead
/// (<see cref="Policy.TerritoryPolicy.NearestTerritories"/>). Not a <see cref="TerritoryMatch"/>:
/// the territory's criteria do not accept the lead, so no overlap resolution may pick it.
/// </summary>
public sealed class NearestTerritory(TerritoryMatch match, string area)
{
    public TerritoryMatch Match { get; } = match;
    public string Id => Match.Id;

    /// <summary>The department, region or country code the policy matched.</summary>
    public string Area { get; } = area;

    public override string ToString() => $"nearest territory {Id} for {Area}";
}
