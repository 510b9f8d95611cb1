using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>What operators measure (DOMAIN.md §7): assignment success, reassignments, fairness, territory balance.</summary>
public sealed class RoutingHealthOperatorFiguresTests
{
    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(Dataset.Empty with
    {
        Territories =
        [
            new Territory { Id = "t1", Name = "North", MemberRepIds = ["r1", "r2", "r3", "r4"] },
            new Territory { Id = "t2", Name = "South", MemberRepIds = ["r5"] },
            new Territory { Id = "t3", Name = "Idle", MemberRepIds = ["r6"] },
        ],
    });

    [Fact]
    public void Measure_ReviewFlagAndQueue_NotAssignedWithoutReview()
    {
        var live = Live(
            Decided(1, Assignee.ForRep("r1", "R"), null, Now.AddHours(-1)),
            Decided(2, Assignee.ForRep("r1", "R"), null, Now.AddHours(-2), RoutingFlags.ManualReviewMatch),
            Queued(3, "escalation", null, Now.AddHours(-3)),
            Decided(4, Assignee.ForRep("r2", "R"), null, Now.AddHours(-4)));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(2, health.AssignedWithoutReview);
        Assert.Equal(0.5, health.AssignmentSuccessRate, 6);
        Assert.True(health.AssignmentSuccessBelowTarget);
    }

    [Fact]
    public void Measure_NoDecisions_NotBelowTheSuccessTarget()
    {
        var health = RoutingHealthMeter.Measure(Live(), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.False(health.AssignmentSuccessBelowTarget);
        Assert.False(health.ReassignmentAboveAlert);
        Assert.False(health.FairnessAboveAlert);
        Assert.False(health.TerritoriesUnbalanced);
    }

    [Fact]
    public void Measure_DecisionsThatReplacedEarlierOnes_CountAsReassigned()
    {
        var reroute = Decided(2, Assignee.ForRep("r2", "R"), null, Now.AddHours(-1)) with { SupersedesDecisionId = "d0" };
        var live = Live(Decided(1, Assignee.ForRep("r1", "R"), null, Now.AddHours(-2)), reroute);

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(1, health.Reassigned);
        Assert.Equal(0.5, health.ReassignmentRate, 6);
        Assert.True(health.ReassignmentAboveAlert);
    }

    [Fact]
    public void Measure_TerritoryLeads_GiniOverEveryMemberOfTheTerritoriesThatReceivedLeads()
    {
        // North: r1 3 leads, r2 1, r3 and r4 none; South: r5 1. Idle received nothing: r6 is left out.
        var live = Live(
            InTerritory(1, "t1", "r1"), InTerritory(2, "t1", "r1"), InTerritory(3, "t1", "r1"),
            InTerritory(4, "t1", "r2"), InTerritory(5, "t2", "r5"));

        var balance = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1)).Balance;

        Assert.Equal(5, balance.Reps);
        Assert.Equal(DistributionBalance.GiniOf([3, 1, 0, 0, 1]), balance.Gini, 9);
        Assert.Equal(["North", "South"], balance.Territories.Select(t => t.Name));
        Assert.Equal([4, 1], balance.Territories.Select(t => t.Leads));
    }

    [Fact]
    public void Measure_TerritoriesFourToOne_Unbalanced()
    {
        var live = Live(
            InTerritory(1, "t1", "r1"), InTerritory(2, "t1", "r2"), InTerritory(3, "t1", "r3"),
            InTerritory(4, "t1", "r4"), InTerritory(5, "t2", "r5"));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(4, health.Balance.VolumeRatio, 9);
        Assert.Equal(0.6, health.Balance.VolumeSpread, 9);
        Assert.True(health.TerritoriesUnbalanced);
    }

    [Fact]
    public void Measure_BalancedUnderARelaxedPolicy_NoAlert()
    {
        var relaxed = ReferenceSnapshot.Build(Snapshot.Dataset with
        {
            Policy = Snapshot.Dataset.Policy with
            {
                Health = new() { TerritoryVolumeRatioAlert = 5, TerritoryVolumeSpreadAlert = 1, FairnessGiniAlert = 0.9 },
            },
        });
        var live = Live(
            InTerritory(1, "t1", "r1"), InTerritory(2, "t1", "r2"), InTerritory(3, "t1", "r3"),
            InTerritory(4, "t1", "r4"), InTerritory(5, "t2", "r5"));

        var health = RoutingHealthMeter.Measure(live, relaxed, Now, TimeSpan.FromDays(1));

        Assert.False(health.TerritoriesUnbalanced);
        Assert.False(health.FairnessAboveAlert);
    }

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 0, 0 }, 0)]
    [InlineData(new[] { 5, 5, 5 }, 0)]
    [InlineData(new[] { 0, 10 }, 0.5)]
    [InlineData(new[] { 3, 1, 0, 0 }, 0.625)]
    public void GiniOf_KnownValues(int[] values, double expected)
    {
        Assert.Equal(expected, DistributionBalance.GiniOf(values), 9);
    }
}
