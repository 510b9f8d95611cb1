using System.Text.Json.Serialization;

namespace RoutingRules.Domain.Model;

/// <summary>
/// What a territory covers. An empty list or null bound means "any" on that dimension, so a
/// territory with only <see cref="Industries"/> set is a pure vertical territory.
/// </summary>
public sealed record TerritoryCriteria
{
    public static readonly TerritoryCriteria Any = new();

    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>French départements ("75", "2A") or states ("CA").</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];
    public IReadOnlyList<string> Cities { get; init; } = [];
    public IReadOnlyList<string> PostalPrefixes { get; init; } = [];
    public IReadOnlyList<string> Industries { get; init; } = [];
    public int? MinEmployees { get; init; }
    public int? MaxEmployees { get; init; }
    public Segment? Segment { get; init; }

    [JsonIgnore]
    public bool HasGeography =>
        Countries.Count + Regions.Count + Departments.Count + Cities.Count + PostalPrefixes.Count > 0;

    [JsonIgnore]
    public bool HasVertical => Industries.Count > 0;

    [JsonIgnore]
    public bool HasSegment => Segment is not null || MinEmployees is not null || MaxEmployees is not null;
}
