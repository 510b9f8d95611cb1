using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// A territory's sub-country criteria as compared (<see cref="GeographyKeys"/>), kept beside the
/// territory by the indexes that build it once, so testing a territory against a lead folds
/// nothing. A blank value has no key and is left out: it matches no lead (a blank postal prefix
/// is no longer the prefix of every postal code).
/// </summary>
internal sealed class TerritoryGeography
{
    private TerritoryGeography(TerritoryCriteria c)
    {
        Regions = Keys(c.Regions, GeographyKeys.Region);
        Departments = Keys(c.Departments, GeographyKeys.Department);
        Cities = Keys(c.Cities, GeographyKeys.City);
        PostalPrefixes = Keys(c.PostalPrefixes, GeographyKeys.PostalCode);
    }

    public string[] Regions { get; }
    public string[] Departments { get; }
    public string[] Cities { get; }
    public string[] PostalPrefixes { get; }

    public static TerritoryGeography Of(TerritoryCriteria criteria) => new(criteria);

    private static string[] Keys(IReadOnlyList<string> values, Func<string?, string?> key)
    {
        var keys = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (key(value) is { } k && !keys.Contains(k))
            {
                keys.Add(k);
            }
        }

        return [.. keys];
    }
}
