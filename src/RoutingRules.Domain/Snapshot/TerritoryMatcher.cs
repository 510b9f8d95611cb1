using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// Whether a territory's criteria accept a lead: every dimension the territory constrains must
/// match a known lead value (an unknown value does not match a constrained dimension, except
/// the segment, where unknown size means the segment of the lead's annual revenue when the policy
/// sets revenue bands, else the policy's default segment, whether the territory names a segment
/// or gives employee bounds).
/// Below the country, geography is one dimension described at several levels (region,
/// department/state, city, postal prefix): a territory usually lists the same area at more than
/// one level ("Sud / PACA" by region and by its departments). The most specific level that both
/// the territory lists and the lead gives decides; a lead giving none of the levels the
/// territory lists does not match it.
/// </summary>
public static class TerritoryMatcher
{
    /// <summary>Whether the criteria accept the query, keying the criteria on the way (indexes keep the keys: <see cref="Matches(TerritoryCriteria, TerritoryGeography, TerritoryQuery, TerritoryPolicy)"/>).</summary>
    public static bool Matches(TerritoryCriteria c, TerritoryQuery q, TerritoryPolicy policy) =>
        Matches(c, TerritoryGeography.Of(c), q, policy);

    /// <summary>Whether the criteria, whose sub-country values are keyed in <paramref name="keys"/>, accept the query.</summary>
    internal static bool Matches(TerritoryCriteria c, TerritoryGeography keys, TerritoryQuery q, TerritoryPolicy policy) =>
        GeographyMatches(c, keys, q)
        && IndustryMatches(c, q.Industry)
        && SegmentMatches(c, q.EmployeeCount, q.AnnualRevenue, policy);

    /// <summary>The geography dimension of <see cref="Matches(TerritoryCriteria, TerritoryGeography, TerritoryQuery, TerritoryPolicy)"/> alone: the country, then the level below it that decides.</summary>
    internal static bool GeographyMatches(TerritoryCriteria c, TerritoryGeography keys, TerritoryQuery q) =>
        In(c.Countries, q.Country) && SubCountryMatches(c, keys, q);

    /// <summary>The vertical dimension alone, for one industry of the lead's: a territory listing none takes any.</summary>
    internal static bool IndustryMatches(TerritoryCriteria c, string? industry) => In(c.Industries, industry);

    public static bool CoversSegment(TerritoryCriteria c, Segment segment, TerritoryPolicy policy) =>
        c.Segment is { } wanted ? wanted == segment : BoundsOverlap(c, segment, policy);

    /// <summary>
    /// The level at which the lead falls in the territory's area: the most specific level the
    /// territory lists below the country and the lead gives (whether the values agree is
    /// <see cref="Matches"/>'s business); the country when the territory lists no lower level;
    /// <see cref="GeographyLevel.None"/> when it lists no geography, or lists lower levels of which
    /// the lead gives none. Overlapping territories are ranked on this level (DOMAIN.md §4, "the
    /// most specific matching level wins"), not on the most specific level a territory lists: a
    /// lead without a postal code matches "PACA by region and postal prefixes" at region level only.
    /// </summary>
    public static GeographyLevel MatchedLevel(TerritoryCriteria c, TerritoryQuery q) =>
        c.PostalPrefixes.Count > 0 && q.PostalCodeKey is not null ? GeographyLevel.PostalCode
        : c.Cities.Count > 0 && q.CityKey is not null ? GeographyLevel.City
        : c.Departments.Count > 0 && q.DepartmentKey is not null ? GeographyLevel.Department
        : c.Regions.Count > 0 && q.RegionKey is not null ? GeographyLevel.Region
        : HasSubCountry(c) || c.Countries.Count == 0 ? GeographyLevel.None
        : GeographyLevel.Country;

    /// <summary>
    /// Unknown size is the segment of the annual revenue under the policy's revenue bands, else the
    /// policy's default segment (DOMAIN.md §4), for a territory defined by a segment or by employee
    /// bounds alike: bounds then match when they overlap that segment's band.
    /// </summary>
    private static bool SegmentMatches(TerritoryCriteria c, int? employees, decimal? revenue, TerritoryPolicy policy)
    {
        if (c.Segment is { } segment && policy.SegmentFor(employees, revenue) != segment)
        {
            return false;
        }

        if (c.MinEmployees is null && c.MaxEmployees is null)
        {
            return true;
        }

        return employees is { } n
            ? n >= (c.MinEmployees ?? 0) && n <= (c.MaxEmployees ?? int.MaxValue)
            : BoundsOverlap(c, policy.SegmentFor(null, revenue), policy);
    }

    private static bool BoundsOverlap(TerritoryCriteria c, Segment segment, TerritoryPolicy policy)
    {
        var (low, high) = segment switch
        {
            Segment.Smb => (0, policy.MidMarketMinEmployees - 1),
            Segment.MidMarket => (policy.MidMarketMinEmployees, policy.EnterpriseMinEmployees - 1),
            _ => (policy.EnterpriseMinEmployees, int.MaxValue),
        };
        return (c.MinEmployees ?? 0) <= high && (c.MaxEmployees ?? int.MaxValue) >= low;
    }

    private static bool SubCountryMatches(TerritoryCriteria c, TerritoryGeography keys, TerritoryQuery q) => MatchedLevel(c, q) switch
    {
        GeographyLevel.PostalCode => PostalMatches(keys.PostalPrefixes, q.PostalCodeKey!),
        GeographyLevel.City => Contains(keys.Cities, q.CityKey!),
        GeographyLevel.Department => Contains(keys.Departments, q.DepartmentKey!),
        GeographyLevel.Region => Contains(keys.Regions, q.RegionKey!),
        _ => !HasSubCountry(c),
    };

    private static bool HasSubCountry(TerritoryCriteria c) =>
        c.Regions.Count > 0 || c.Departments.Count > 0 || c.Cities.Count > 0 || c.PostalPrefixes.Count > 0;

    private static bool In(IReadOnlyList<string> allowed, string? value)
    {
        if (allowed.Count == 0)
        {
            return true;
        }

        if (value is null)
        {
            return false;
        }

        // Indexed rather than enumerated: enumerating the interface would allocate, once per territory tested.
        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keys are already folded: an ordinal comparison, and an empty list matches nothing (the level was listed, its values all blank).</summary>
    private static bool Contains(string[] keys, string key)
    {
        foreach (var k in keys)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PostalMatches(string[] prefixes, string postal)
    {
        foreach (var prefix in prefixes)
        {
            if (postal.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
