using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// DOMAIN.md §5: a deal below 10 000 EUR goes to a junior AE or an SDR, "pooled round-robin": the
/// territory's eligible junior AEs and SDRs take small deals in turn, whatever its strategy.
/// </summary>
public sealed class SmallDealPoolScenarioTests
{
    private const string Pool = "Distribution.SmallDealPooledRoundRobin";

    [Fact]
    public void Route_SmallDealsInALoadBalancedTerritory_GoRoundItsJuniorsAndSdrsInExactOrderWhateverTheirWorkload()
    {
        // sdr-1 carries far more than ae-junior: load balancing would give ae-junior every lead.
        var scenario = Territory(DistributionStrategy.LoadBalanced);

        var routed = RouteSmallDeals(scenario, 3);

        Assert.Equal(["ae-junior", "sdr-1", "ae-junior"], routed.Select(r => r.Decision.Assignee.RepId));
        Assert.All(routed, r => r.Fired(Pool).DidNotFire("Distribution.LoadBalanced").Excluded("ae-senior", "not the required profile"));
        Assert.Equal(
            [TerritoryCursor.SmallDealPool("ter-one", 2), TerritoryCursor.SmallDealPool("ter-one", 3), TerritoryCursor.SmallDealPool("ter-one", 5)],
            routed.Select(r => r.Outcome.Changes.Cursor));
        Assert.EndsWith("at level territory: territory One, small-deal pool round-robin distribution.", routed[0].Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_SmallDealsInARoundRobinTerritory_LeaveTheTerritorysOwnCursorWhereItWas()
    {
        var scenario = Territory(DistributionStrategy.RoundRobin).WithLive(l => l.SetCursor("ter-one", 7));

        var routed = RouteSmallDeals(scenario, 2);

        Assert.Equal(["ae-junior", "sdr-1"], routed.Select(r => r.Decision.Assignee.RepId));
        Assert.All(routed, r => r.Fired(Pool).DidNotFire("Distribution.RoundRobin"));
        Assert.Equal(7, scenario.Live.RoundRobinCursor("ter-one"));
        Assert.Equal(3, scenario.Live.RoundRobinCursor(TerritoryCursor.SmallDealPoolKey("ter-one")));

        // A lead of no stated deal value takes the territory's rotation up where it was: member #(7 mod 3).
        var unsized = scenario.RouteAndCommit(Leads.InParis("ceo@unsized.fr")).AssignedTo("ae-junior").Fired("Distribution.RoundRobin").DidNotFire(Pool);
        Assert.Equal(new TerritoryCursor("ter-one", 8), unsized.Outcome.Changes.Cursor);
        Assert.Equal(3, scenario.Live.RoundRobinCursor(TerritoryCursor.SmallDealPoolKey("ter-one")));
    }

    [Fact]
    public void Route_PoolTurnedOff_TheTerritorysStrategyPicksAmongTheJuniorsAndSdrs()
    {
        var scenario = Territory(DistributionStrategy.LoadBalanced)
            .WithPolicy(p => p with { Assignment = p.Assignment with { SmallDealPooledRoundRobin = false } });

        var routed = RouteSmallDeals(scenario, 3);

        Assert.Equal(["ae-junior", "ae-junior", "ae-junior"], routed.Select(r => r.Decision.Assignee.RepId));
        Assert.All(routed, r => r.Fired("Distribution.LoadBalanced").DidNotFire(Pool).Excluded("ae-senior", "not the required profile"));
        Assert.All(routed, r => Assert.Null(r.Outcome.Changes.Cursor));
    }

    [Theory]
    [InlineData(10_000)] // the small-deal maximum is excluded: not a small deal
    [InlineData(20_000)]
    [InlineData(null)]
    public void Route_DealNotSmall_NotPooled(int? dealValue)
    {
        var lead = Leads.InParis("ceo@mid.fr") with { EstimatedDealValue = dealValue };

        var routed = Territory(DistributionStrategy.LoadBalanced).Route(lead).Fired("Distribution.LoadBalanced").DidNotFire(Pool);

        Assert.Null(routed.Outcome.Changes.Cursor);
    }

    [Fact]
    public void Route_SmallDealInASingleOwnerTerritory_StaysWithTheOwner()
    {
        Territory(DistributionStrategy.Single).Route(SmallDeal(0))
            .AssignedTo("ae-junior").Fired("Distribution.SingleOwner").DidNotFire(Pool);
    }

    [Fact]
    public void Route_NoJuniorOrSdrAvailable_RequirementSetAsideAndTheStrategyPicks()
    {
        var scenario = Territory(DistributionStrategy.LoadBalanced)
            .WithRep("ae-junior", r => r with { Status = RepStatus.Away })
            .WithRep("sdr-1", r => r with { Status = RepStatus.InMeeting });

        scenario.Route(SmallDeal(0))
            .AssignedTo("ae-senior").Fired("Capacity.RequiredProfileUnavailable").Fired("Distribution.LoadBalanced").DidNotFire(Pool);
    }

    [Fact]
    public void Route_SmallReferral_StillGoesToTheTopPerformer()
    {
        var lead = SmallDeal(0) with { Source = LeadSource.Referral, Referrer = "friend@nowhere-known.fr" };

        Territory(DistributionStrategy.LoadBalanced).WithRep("sdr-1", r => r with { PerformanceWeight = 2 }).Route(lead)
            .AssignedTo("sdr-1").Fired("Distribution.ReferralTopPerformer").DidNotFire(Pool);
    }

    /// <summary>One territory of the strategy: a senior AE, a junior AE and an SDR, the SDR with the heaviest workload.</summary>
    private static RoutingScenario Territory(DistributionStrategy strategy)
    {
        Rep[] reps =
        [
            SmallDatasets.Rep("ae-senior") with { Seniority = Seniority.Senior },
            SmallDatasets.Rep("ae-junior") with { Seniority = Seniority.Junior },
            SmallDatasets.Rep("sdr-1") with { Role = RepRole.Sdr, Seniority = Seniority.Junior, Workload = new RepWorkload { OpenLeads = 30, AssignedToday = 6 } },
        ];
        var dataset = SmallDatasets.OneTerritory(reps);
        return RoutingKit.With(dataset with { Territories = [.. dataset.Territories.Select(t => t with { Strategy = strategy })] });
    }

    private static Lead SmallDeal(int i) => Leads.InParis($"buyer{i}@small-{i}.fr") with { EstimatedDealValue = 4_000 };

    // A quarter of an hour apart, so that no member is cooling down from the lead before.
    private static List<RoutedLead> RouteSmallDeals(RoutingScenario scenario, int count)
    {
        var routed = new List<RoutedLead>();
        for (var i = 0; i < count; i++)
        {
            scenario.At(RoutingKit.DemoNow.AddMinutes(15 * i));
            routed.Add(scenario.RouteAndCommit(SmallDeal(i)));
        }

        return routed;
    }
}
