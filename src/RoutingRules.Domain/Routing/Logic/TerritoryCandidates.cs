using System.Runtime.CompilerServices;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// Territories indexed by every sub-country level they list (postal prefix, city, department,
/// region), else by country, else industry, else none, so a lead only tests the few territories
/// that could accept it rather than every territory of its country. Built once per territory list
/// and shared by every snapshot that reuses the list. Sub-country levels are indexed by their keys
/// (<see cref="Matching.GeographyKeys"/>), each territory beside its keyed criteria, so testing a
/// territory folds nothing: the lead's keys come with its <see cref="TerritoryQuery"/>.
/// </summary>
public sealed class TerritoryCandidates
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Territory>, TerritoryCandidates> Cache = [];
    private static readonly StringComparer Keys = StringComparer.OrdinalIgnoreCase;
    private static readonly StringComparer GeographyKeyComparer = StringComparer.Ordinal;

    private readonly Dictionary<string, List<Candidate>> _byPostal = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Candidate>> _byCity = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Candidate>> _byDepartment = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Candidate>> _byRegion = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Candidate>> _byCountry = new(Keys);
    private readonly Dictionary<string, List<Candidate>> _byIndustry = new(Keys);
    private readonly List<Candidate> _anywhere = [];

    private TerritoryCandidates(IReadOnlyList<Territory> territories)
    {
        foreach (var t in territories)
        {
            if (t.IsDefaultPool || t.IsEscalationQueue)
            {
                continue;
            }

            var c = t.Criteria;
            var candidate = new Candidate(t, TerritoryGeography.Of(c));
            if (c.PostalPrefixes.Count + c.Cities.Count + c.Departments.Count + c.Regions.Count > 0)
            {
                // The most specific level the lead gives decides (TerritoryMatcher), so a territory
                // listed by region and departments must be found from either.
                Index(_byPostal, candidate.Geography.PostalPrefixes, candidate);
                Index(_byCity, candidate.Geography.Cities, candidate);
                Index(_byDepartment, candidate.Geography.Departments, candidate);
                Index(_byRegion, candidate.Geography.Regions, candidate);
            }
            else if (c.Countries.Count > 0)
            {
                Index(_byCountry, c.Countries, candidate);
            }
            else if (c.Industries.Count > 0)
            {
                Index(_byIndustry, c.Industries, candidate);
            }
            else
            {
                _anywhere.Add(candidate);
            }
        }
    }

    private static void Index(Dictionary<string, List<Candidate>> map, IReadOnlyList<string> keys, Candidate t)
    {
        foreach (var key in keys)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map.Add(key, list);
            }

            list.Add(t);
        }
    }

    public static TerritoryCandidates For(ReferenceSnapshot snapshot) =>
        Cache.GetValue(snapshot.Territories, static list => new TerritoryCandidates(list));

    /// <summary>Every territory (pools and escalation queues aside) whose criteria accept the query.</summary>
    public List<Territory> Matching(TerritoryQuery query, TerritoryPolicy policy)
    {
        var result = new List<Territory>();
        Matching(query, policy, result);
        return result;
    }

    /// <summary>Adds the territories <see cref="Matching(TerritoryQuery, TerritoryPolicy)"/> returns to <paramref name="result"/> (which starts empty).</summary>
    internal void Matching(TerritoryQuery query, TerritoryPolicy policy, List<Territory> result)
    {
        if (query.PostalCodeKey is { } postal)
        {
            // Prefixes are looked up as spans: a postal code costs no substring per length.
            var byPrefix = _byPostal.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var length = 1; length <= postal.Length; length++)
            {
                if (byPrefix.TryGetValue(postal.AsSpan(0, length), out var list))
                {
                    Collect(list, query, policy, result);
                }
            }
        }

        Collect(_byCity, query.CityKey, query, policy, result);
        Collect(_byDepartment, query.DepartmentKey, query, policy, result);
        Collect(_byRegion, query.RegionKey, query, policy, result);
        Collect(_byCountry, query.Country, query, policy, result);
        Collect(_byIndustry, query.Industry, query, policy, result);
        foreach (var t in _anywhere)
        {
            Add(t, query, policy, result);
        }
    }

    private static void Collect(Dictionary<string, List<Candidate>> map, string? key, TerritoryQuery query, TerritoryPolicy policy, List<Territory> result)
    {
        if (key is not null && map.TryGetValue(key, out var list))
        {
            Collect(list, query, policy, result);
        }
    }

    private static void Collect(List<Candidate> list, TerritoryQuery query, TerritoryPolicy policy, List<Territory> result)
    {
        foreach (var t in list)
        {
            Add(t, query, policy, result);
        }
    }

    private static void Add(Candidate t, TerritoryQuery query, TerritoryPolicy policy, List<Territory> result)
    {
        if (TerritoryMatcher.Matches(t.Territory.Criteria, t.Geography, query, policy) && !result.Contains(t.Territory))
        {
            result.Add(t.Territory);
        }
    }

    /// <summary>A territory with its criteria's geography keys.</summary>
    private readonly record struct Candidate(Territory Territory, TerritoryGeography Geography);
}
