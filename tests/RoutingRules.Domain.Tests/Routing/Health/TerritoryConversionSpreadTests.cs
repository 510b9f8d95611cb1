using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>
/// The conversion-rate spread between territories (DOMAIN.md §7, alert above 20 points): each
/// territory's leads weighted by the conversion rate of the rep who received them.
/// </summary>
public sealed class TerritoryConversionSpreadTests
{
    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(Dataset.Empty with
    {
        Reps =
        [
            Rep("r1", 0.10), Rep("r2", 0.30), Rep("r3", 0.45), Rep("r4", null), Rep("r5", null),
        ],
        Territories =
        [
            new Territory { Id = "t1", Name = "North", MemberRepIds = ["r1", "r2"] },
            new Territory { Id = "t2", Name = "South", MemberRepIds = ["r3", "r4"] },
            new Territory { Id = "t3", Name = "Unrated", MemberRepIds = ["r5"] },
        ],
    });

    [Fact]
    public void Measure_TerritoriesWithRatedReps_LeadWeightedRatesAndTheirSpread()
    {
        // North: three leads to r1 (10 %), one to r2 (30 %) -> 15 %. South: r3 (45 %) and r4 (no rate) -> 45 %.
        var live = Live(
            InTerritory(1, "t1", "r1"), InTerritory(2, "t1", "r1"), InTerritory(3, "t1", "r1"), InTerritory(4, "t1", "r2"),
            InTerritory(5, "t2", "r3"), InTerritory(6, "t2", "r4"), InTerritory(7, "t3", "r5"));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        var rates = health.Balance.Territories.ToDictionary(t => t.TerritoryId, t => t.ConversionRate);
        Assert.Equal(0.15, rates["t1"]!.Value, 9);
        Assert.Equal(0.45, rates["t2"]!.Value, 9);
        Assert.Null(rates["t3"]);
        Assert.Equal(0.30, health.Balance.ConversionSpread, 9);
        Assert.True(health.ConversionSpreadAboveAlert);
    }

    [Fact]
    public void Measure_SpreadUnderTheAlert_NoAlert()
    {
        var live = Live(InTerritory(1, "t1", "r2"), InTerritory(2, "t2", "r3"));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(0.15, health.Balance.ConversionSpread, 9);
        Assert.False(health.ConversionSpreadAboveAlert);
    }

    [Fact]
    public void Measure_OneRatedTerritory_NoSpread()
    {
        var live = Live(InTerritory(1, "t1", "r1"), InTerritory(2, "t3", "r5"));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(0, health.Balance.ConversionSpread);
        Assert.False(health.ConversionSpreadAboveAlert);
    }

    private static Rep Rep(string id, double? conversion) =>
        new() { Id = id, Name = id, Stats = conversion is null ? null : new RepStats { ConversionRate = conversion } };
}
