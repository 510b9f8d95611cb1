using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// Territory lookups by id, parent and by each criteria dimension; region, department, city and
/// postal prefix by their keys (<see cref="GeographyKeys"/>), as <see cref="TerritoryMatcher"/> compares them.
/// </summary>
internal sealed class TerritoryIndex
{
    private static readonly StringComparer Keys = StringComparer.OrdinalIgnoreCase;
    private static readonly StringComparer GeographyKeyComparer = StringComparer.Ordinal;

    private readonly Dictionary<string, Territory> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Territory>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Territory>> _byCountry = new(Keys);
    private readonly Dictionary<string, List<Territory>> _byRegion = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Territory>> _byDepartment = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Territory>> _byCity = new(GeographyKeyComparer);
    private readonly Dictionary<string, List<Territory>> _byPostalPrefix = new(GeographyKeyComparer);
    private readonly Dictionary<Territory, TerritoryGeography> _geography = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<Territory>> _byIndustry = new(Keys);
    private readonly Dictionary<Segment, List<Territory>> _bySegment = new();
    private readonly List<Territory> _withoutGeography = [];

    public TerritoryIndex(IReadOnlyList<Territory> territories, TerritoryPolicy policy)
    {
        Policy = policy;
        foreach (var segment in Enum.GetValues<Segment>())
        {
            _bySegment[segment] = [];
        }

        foreach (var t in territories)
        {
            _byId.TryAdd(t.Id, t);
            if (t.ParentId is { } parent)
            {
                AccountIndex.Bucket(_children, parent).Add(t);
            }

            var c = t.Criteria;
            var geography = _geography[t] = TerritoryGeography.Of(c);
            AddAll(_byCountry, c.Countries, t);
            AddAll(_byRegion, geography.Regions, t);
            AddAll(_byDepartment, geography.Departments, t);
            AddAll(_byCity, geography.Cities, t);
            AddAll(_byPostalPrefix, geography.PostalPrefixes, t);
            AddAll(_byIndustry, c.Industries, t);
            if (!c.HasGeography)
            {
                _withoutGeography.Add(t);
            }

            foreach (var segment in Enum.GetValues<Segment>())
            {
                if (c.HasSegment && TerritoryMatcher.CoversSegment(c, segment, policy))
                {
                    _bySegment[segment].Add(t);
                }
            }

            if (t.IsDefaultPool)
            {
                DefaultPool ??= t;
            }

            if (t.IsEscalationQueue)
            {
                EscalationQueue ??= t;
            }
        }
    }

    public TerritoryPolicy Policy { get; }
    public Territory? DefaultPool { get; }
    public Territory? EscalationQueue { get; }
    public int Count => _byId.Count;

    public Territory? Get(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<Territory> Children(string id) => Lookup(_children, id);
    public IReadOnlyList<Territory> ByCountry(string code) => Lookup(_byCountry, code);
    public IReadOnlyList<Territory> ByRegion(string region) => Lookup(_byRegion, GeographyKeys.Region(region));
    public IReadOnlyList<Territory> ByDepartment(string department) => Lookup(_byDepartment, GeographyKeys.Department(department));
    public IReadOnlyList<Territory> ByIndustry(string industry) => Lookup(_byIndustry, industry);
    public IReadOnlyList<Territory> BySegment(Segment segment) => _bySegment[segment];

    /// <summary>Every territory whose criteria accept the query, without scanning all territories.</summary>
    public IReadOnlyList<Territory> Matching(TerritoryQuery query)
    {
        var candidates = new HashSet<Territory>(ReferenceEqualityComparer.Instance);
        AddFrom(candidates, _byCountry, query.Country);
        AddFrom(candidates, _byRegion, query.RegionKey);
        AddFrom(candidates, _byDepartment, query.DepartmentKey);
        AddFrom(candidates, _byCity, query.CityKey);
        if (query.PostalCodeKey is { } postal)
        {
            for (var length = 1; length <= postal.Length; length++)
            {
                AddFrom(candidates, _byPostalPrefix, postal[..length]);
            }
        }

        candidates.UnionWith(_withoutGeography);
        return candidates
            .Where(t => !t.IsEscalationQueue && TerritoryMatcher.Matches(t.Criteria, _geography[t], query, Policy))
            .OrderByDescending(t => t.Priority)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static void AddAll(Dictionary<string, List<Territory>> map, IReadOnlyList<string> keys, Territory t)
    {
        foreach (var key in keys)
        {
            AccountIndex.Bucket(map, key).Add(t);
        }
    }

    private static void AddFrom(HashSet<Territory> set, Dictionary<string, List<Territory>> map, string? key)
    {
        if (key is not null && map.TryGetValue(key, out var list))
        {
            set.UnionWith(list);
        }
    }

    private static IReadOnlyList<Territory> Lookup<TKey>(Dictionary<TKey, List<Territory>> map, TKey? key)
        where TKey : notnull => key is not null && map.TryGetValue(key, out var list) ? list : [];
}
