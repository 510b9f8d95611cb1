using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// Describes how a matching territory matched (vertical, geography level, segment) and ranks
/// overlapping territories under both resolutions of DOMAIN.md §4, ties broken by territory
/// priority then id so every rank is unique.
/// </summary>
public static class TerritoryRanking
{
    public static GeographyLevel GeographyOf(TerritoryCriteria c) =>
        c.PostalPrefixes.Count > 0 ? GeographyLevel.PostalCode
        : c.Cities.Count > 0 ? GeographyLevel.City
        : c.Departments.Count > 0 ? GeographyLevel.Department
        : c.Regions.Count > 0 ? GeographyLevel.Region
        : c.Countries.Count > 0 ? GeographyLevel.Country
        : GeographyLevel.None;

    public static IReadOnlyList<TerritoryMatch> Rank(
        IReadOnlyList<(Territory Territory, VerticalMatch Vertical)> matches, TerritoryPolicy policy, Func<Territory, long> cursor)
    {
        var rows = matches
            .Select(m => (m.Territory, m.Vertical, Geo: GeographyOf(m.Territory.Criteria), Seg: m.Territory.Criteria.HasSegment))
            .ToList();
        var byDimension = rows.OrderBy(r => r, Comparer<(Territory Territory, VerticalMatch Vertical, GeographyLevel Geo, bool Seg)>
            .Create((a, b) => CompareDimensions(a.Vertical, a.Geo, a.Seg, b.Vertical, b.Geo, b.Seg, policy) is var d and not 0 ? d : Tie(a.Territory, b.Territory)))
            .Select(r => r.Territory.Id).ToList();
        var byScore = rows.OrderByDescending(r => Score(r.Vertical, r.Geo, r.Seg))
            .ThenByDescending(r => r.Territory.Priority).ThenBy(r => r.Territory.Id, StringComparer.Ordinal)
            .Select(r => r.Territory.Id).ToList();
        return rows.Select(r => new TerritoryMatch(
            r.Territory, r.Vertical, r.Geo, r.Seg, byDimension.IndexOf(r.Territory.Id), byScore.IndexOf(r.Territory.Id), cursor(r.Territory))).ToList();
    }

    /// <summary>More dimensions matched first, then more specific levels.</summary>
    public static int Score(VerticalMatch vertical, GeographyLevel geo, bool segment) =>
        (((vertical > VerticalMatch.None ? 1 : 0) + (geo > GeographyLevel.None ? 1 : 0) + (segment ? 1 : 0)) * 100)
        + ((int)geo * 10) + ((int)vertical * 5) + (segment ? 1 : 0);

    private static int CompareDimensions(
        VerticalMatch va, GeographyLevel ga, bool sa, VerticalMatch vb, GeographyLevel gb, bool sb, TerritoryPolicy policy)
    {
        foreach (var dimension in policy.DimensionPriority)
        {
            var d = dimension switch
            {
                RoutingDimension.Vertical => vb.CompareTo(va),
                RoutingDimension.Geography => gb.CompareTo(ga),
                _ => sb.CompareTo(sa),
            };
            if (d != 0)
            {
                return d;
            }
        }

        return 0;
    }

    private static int Tie(Territory a, Territory b) =>
        a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : string.CompareOrdinal(a.Id, b.Id);
}
