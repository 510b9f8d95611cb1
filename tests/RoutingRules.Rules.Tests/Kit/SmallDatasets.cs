using RoutingRules.Domain.Model;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>Tiny datasets for scenarios the demo dataset does not hold.</summary>
public static class SmallDatasets
{
    public static Rep Rep(string id, string zone = "Europe/Paris", params string[] languages) => new()
    {
        Id = id,
        Name = id,
        TimeZone = zone,
        Languages = languages.Length == 0 ? ["fr", "en"] : languages,
    };

    /// <summary>A vertical-only territory and a geography + segment one that both accept a mid-size Paris manufacturer.</summary>
    public static Dataset TwoOverlappingTerritories() => new()
    {
        Reps = [Rep("rep-vertical"), Rep("rep-paris")],
        Territories =
        [
            new Territory { Id = "vertical-only", Name = "Manufacturing", Criteria = new TerritoryCriteria { Industries = ["manufacturing"] }, MemberRepIds = ["rep-vertical"], Strategy = DistributionStrategy.Single },
            new Territory
            {
                Id = "paris-midmarket", Name = "Paris mid-market",
                Criteria = new TerritoryCriteria { Countries = ["FR"], Departments = ["75"], Segment = Segment.MidMarket },
                MemberRepIds = ["rep-paris"], Strategy = DistributionStrategy.Single,
            },
        ],
    };

    /// <summary>One territory with the given members and a backup; no default pool unless asked.</summary>
    public static Dataset OneTerritory(IReadOnlyList<Rep> reps, string? backup = null, bool withPool = false) => new()
    {
        Reps = reps,
        Territories =
        [
            new Territory
            {
                Id = "ter-one", Name = "One", Criteria = new TerritoryCriteria { Countries = ["FR"] },
                MemberRepIds = reps.Where(r => r.Id != backup).Select(r => r.Id).ToList(), Strategy = DistributionStrategy.RoundRobin, BackupRepId = backup,
            },
            .. withPool ? new[] { new Territory { Id = "pool", Name = "Pool", IsDefaultPool = true, QueueName = "default-pool" } } : [],
        ],
    };
}
