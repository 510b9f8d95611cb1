namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// What became of the window's leads (<see cref="ConversionTally"/> says what counts): the decisions
/// with a closed outcome and the converted among them, overall and per territory, routing level,
/// lead source, segment and assigned rep, each list highest rate first (groups with too few
/// outcomes to rate last, then the most outcomes), and the spread between the territories' rates.
/// </summary>
public sealed record Conversion
{
    public static readonly Conversion None = new();

    public ConversionCounts Overall { get; init; }

    /// <summary>The outcomes a group needed for a rate (the policy's <c>health.minOutcomesPerGroup</c>).</summary>
    public int MinOutcomesPerGroup { get; init; }

    /// <summary>Decisions without a territory (an account owner's lead, a lead no territory matched) are in no row.</summary>
    public IReadOnlyList<ConversionRow> ByTerritory { get; init; } = [];

    public IReadOnlyList<ConversionRow> ByLevel { get; init; } = [];

    public IReadOnlyList<ConversionRow> BySource { get; init; } = [];

    public IReadOnlyList<ConversionRow> BySegment { get; init; } = [];

    /// <summary>By the rep the decision assigned; a lead that waited in a queue is in no row.</summary>
    public IReadOnlyList<ConversionRow> ByRep { get; init; } = [];

    /// <summary>
    /// The highest territory rate less the lowest, over the territories with a rate (enough
    /// outcomes); null for fewer than two: DOMAIN.md §7's conversion spread from what happened.
    /// </summary>
    public double? TerritorySpread
    {
        get
        {
            var rates = ByTerritory.Where(r => r.Rate is not null).Select(r => r.Rate!.Value).ToList();
            return rates.Count < 2 ? null : rates.Max() - rates.Min();
        }
    }
}
