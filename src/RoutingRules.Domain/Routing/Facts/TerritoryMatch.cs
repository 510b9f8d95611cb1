using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// A territory whose criteria accept the lead, with the dimensions it matched on and its rank
/// under each overlap resolution (0 is best; ranks are a total order, ties already broken).
/// </summary>
public sealed class TerritoryMatch(
    Territory territory, VerticalMatch vertical, GeographyLevel geography, bool segment, int dimensionRank, int scoreRank, long cursor,
    long smallDealPoolCursor = 0)
{
    public Territory Territory { get; } = territory;
    public string Id => Territory.Id;
    public VerticalMatch Vertical { get; } = vertical;
    public GeographyLevel Geography { get; } = geography;
    public bool Segment { get; } = segment;
    public int DimensionRank { get; } = dimensionRank;
    public int ScoreRank { get; } = scoreRank;

    /// <summary>The territory's persisted round-robin position (live state).</summary>
    public long Cursor { get; } = cursor;

    /// <summary>The persisted position of the territory's small-deal pool (<see cref="TerritoryCursor.SmallDealPoolKey"/>), apart from <see cref="Cursor"/>.</summary>
    public long SmallDealPoolCursor { get; } = smallDealPoolCursor;

    public bool Excepts(string accountId) => Territory.NamedAccountExceptionIds.Contains(accountId);

    public override string ToString() =>
        $"territory {Id} (vertical {Vertical}, geography {Geography}, segment {Segment}; ranks {DimensionRank}/{ScoreRank})";
}
