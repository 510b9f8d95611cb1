using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// Whether a territory's criteria accept a lead: every dimension the territory constrains must
/// match a known lead value (an unknown value does not match a constrained dimension, except
/// the segment, where unknown size means the policy's default segment).
/// </summary>
public static class TerritoryMatcher
{
    public static bool Matches(TerritoryCriteria c, TerritoryQuery q, TerritoryPolicy policy) =>
        In(c.Countries, q.Country)
        && In(c.Regions, q.Region)
        && In(c.Departments, q.Department)
        && In(c.Cities, q.City)
        && PostalMatches(c.PostalPrefixes, q.PostalCode)
        && In(c.Industries, q.Industry)
        && SegmentMatches(c, q.EmployeeCount, policy);

    public static bool CoversSegment(TerritoryCriteria c, Segment segment, TerritoryPolicy policy)
    {
        if (c.Segment is { } wanted)
        {
            return wanted == segment;
        }

        var (low, high) = segment switch
        {
            Segment.Smb => (0, policy.MidMarketMinEmployees - 1),
            Segment.MidMarket => (policy.MidMarketMinEmployees, policy.EnterpriseMinEmployees - 1),
            _ => (policy.EnterpriseMinEmployees, int.MaxValue),
        };
        return (c.MinEmployees ?? 0) <= high && (c.MaxEmployees ?? int.MaxValue) >= low;
    }

    private static bool SegmentMatches(TerritoryCriteria c, int? employees, TerritoryPolicy policy)
    {
        if (c.Segment is { } segment && policy.SegmentFor(employees) != segment)
        {
            return false;
        }

        if (c.MinEmployees is null && c.MaxEmployees is null)
        {
            return true;
        }

        return employees is { } n && n >= (c.MinEmployees ?? 0) && n <= (c.MaxEmployees ?? int.MaxValue);
    }

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

        foreach (var item in allowed)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PostalMatches(IReadOnlyList<string> prefixes, string? postal)
    {
        if (prefixes.Count == 0)
        {
            return true;
        }

        return postal is not null && prefixes.Any(p => postal.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
