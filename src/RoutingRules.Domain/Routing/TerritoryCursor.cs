namespace RoutingRules.Domain.Routing;

/// <summary>
/// A rotation's position after a decision: the territory's own round-robin, keyed by the
/// territory's id, or another rotation inside it, keyed by <see cref="SmallDealPoolKey"/>. Both
/// kinds share the live state and the log's <c>territory_cursors</c>, so a rotation keeps its
/// exactness (committed with the decision, read under the commit gate) without a table of its own.
/// </summary>
/// <param name="TerritoryId">The territory's id, or the key of another of its rotations.</param>
public sealed record TerritoryCursor(string TerritoryId, long Position)
{
    // A territory id holds no control character (TerritoryValidator), so no key with one can be
    // a territory's: the pool's rotation never moves a territory's own, whatever the ids.
    private const string SmallDealPoolSuffix = "\u001Fsmall-deal-pool";

    /// <summary>
    /// The key of the small-deal pool's rotation inside <paramref name="territoryId"/> (DOMAIN.md §5:
    /// small deals go round its junior AEs and SDRs), apart from the territory's own round-robin.
    /// </summary>
    public static string SmallDealPoolKey(string territoryId) => territoryId + SmallDealPoolSuffix;

    /// <summary>The small-deal pool's position in <paramref name="territoryId"/> after a decision.</summary>
    public static TerritoryCursor SmallDealPool(string territoryId, long position) => new(SmallDealPoolKey(territoryId), position);
}
