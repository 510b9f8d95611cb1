using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// Ranks overlapping territories under both resolutions of DOMAIN.md §4 on how each matched the
/// lead (vertical, the geography level it matched at, segment), ties broken by territory
/// priority then id so every rank is unique.
/// </summary>
public static class TerritoryRanking
{
    /// <summary>The most specific geography level a territory lists (for a territory the lead does not match, as a nearest territory).</summary>
    public static GeographyLevel GeographyOf(TerritoryCriteria c) =>
        c.PostalPrefixes.Count > 0 ? GeographyLevel.PostalCode
        : c.Cities.Count > 0 ? GeographyLevel.City
        : c.Departments.Count > 0 ? GeographyLevel.Department
        : c.Regions.Count > 0 ? GeographyLevel.Region
        : c.Countries.Count > 0 ? GeographyLevel.Country
        : GeographyLevel.None;

    public static IReadOnlyList<TerritoryMatch> Rank(
        IReadOnlyList<(Territory Territory, VerticalMatch Vertical, GeographyLevel Geography)> matches, TerritoryPolicy policy, Func<Territory, long> cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return Rank(matches, policy, cursor, static (c, t) => (c(t), 0L));
    }

    /// <summary>
    /// <see cref="Rank(IReadOnlyList{ValueTuple{Territory, VerticalMatch, GeographyLevel}}, TerritoryPolicy, Func{Territory, long})"/>
    /// with the cursors (the territory's own and its small-deal pool's) read through <paramref name="state"/>,
    /// so the caller need not allocate a closure.
    /// </summary>
    public static IReadOnlyList<TerritoryMatch> Rank<TState>(
        IReadOnlyList<(Territory Territory, VerticalMatch Vertical, GeographyLevel Geography)> matches, TerritoryPolicy policy, TState state,
        Func<TState, Territory, (long Cursor, long SmallDealPoolCursor)> cursor)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(cursor);

        // Both orders are total (ties end on the unique territory id), so a row's rank is the number
        // of rows ordered before it; a lead matches a handful of territories, so counting beats sorting.
        var result = new TerritoryMatch[matches.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var (territory, vertical, geo) = matches[i];
            var seg = territory.Criteria.HasSegment;
            var score = Score(vertical, geo, seg);
            int byDimension = 0, byScore = 0;
            for (var j = 0; j < result.Length; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var (other, otherVertical, otherGeo) = matches[j];
                var otherSeg = other.Criteria.HasSegment;
                var d = CompareDimensions(otherVertical, otherGeo, otherSeg, vertical, geo, seg, policy);
                if (d < 0 || (d == 0 && Tie(other, territory) < 0))
                {
                    byDimension++;
                }

                if (ScoreOrder(Score(otherVertical, otherGeo, otherSeg), other, score, territory) < 0)
                {
                    byScore++;
                }
            }

            var (own, pool) = cursor(state, territory);
            result[i] = new TerritoryMatch(territory, vertical, geo, seg, byDimension, byScore, own, pool);
        }

        return result;
    }

    /// <summary>More dimensions matched first, then more specific levels.</summary>
    public static int Score(VerticalMatch vertical, GeographyLevel geo, bool segment) =>
        (((vertical > VerticalMatch.None ? 1 : 0) + (geo > GeographyLevel.None ? 1 : 0) + (segment ? 1 : 0)) * 100)
        + ((int)geo * 10) + ((int)vertical * 5) + (segment ? 1 : 0);

    private static int CompareDimensions(
        VerticalMatch va, GeographyLevel ga, bool sa, VerticalMatch vb, GeographyLevel gb, bool sb, TerritoryPolicy policy)
    {
        var dimensions = policy.DimensionPriority;
        for (var i = 0; i < dimensions.Count; i++)
        {
            // As integers: Enum.CompareTo takes an object and would box the other value on every comparison.
            var d = dimensions[i] switch
            {
                RoutingDimension.Vertical => ((int)vb).CompareTo((int)va),
                RoutingDimension.Geography => ((int)gb).CompareTo((int)ga),
                _ => sb.CompareTo(sa),
            };
            if (d != 0)
            {
                return d;
            }
        }

        return 0;
    }

    /// <summary>Higher score first, then higher priority, then territory id (ordinal).</summary>
    private static int ScoreOrder(int scoreA, Territory a, int scoreB, Territory b) =>
        scoreA != scoreB ? scoreB.CompareTo(scoreA)
        : a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
        : string.CompareOrdinal(a.Id, b.Id);

    private static int Tie(Territory a, Territory b) =>
        a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : string.CompareOrdinal(a.Id, b.Id);
}
