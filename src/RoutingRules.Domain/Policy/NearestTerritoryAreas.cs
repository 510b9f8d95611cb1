using System.Runtime.CompilerServices;
using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Policy;

/// <summary>
/// <see cref="TerritoryPolicy.NearestTerritories"/> by area key. One map holds département, region
/// and country codes alike, so areas are keyed as département codes
/// (<see cref="GeographyKeys.Department"/>), which for a region name or a country code is the plain
/// fold: "06" names the lead's "6", "Île-de-France" its "Ile-de-France", "GP" its "gp". Keyed once
/// per configured map, not per lead.
/// </summary>
internal static class NearestTerritoryAreas
{
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, Dictionary<string, string>> Keyed = [];

    public static string? Key(string? area) => GeographyKeys.Department(area);

    public static IReadOnlyDictionary<string, string> For(IReadOnlyDictionary<string, string> areas) =>
        Keyed.GetValue(areas, Build);

    private static Dictionary<string, string> Build(IReadOnlyDictionary<string, string> areas)
    {
        var keyed = new Dictionary<string, string>(StringComparer.Ordinal);

        // In ordinal order of the areas as configured, so which of two spellings of one area wins does
        // not depend on the map's order (the validator refuses two that name different territories).
        foreach (var (area, territoryId) in areas.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (Key(area) is { } key)
            {
                keyed.TryAdd(key, territoryId);
            }
        }

        return keyed;
    }
}
