using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>Distribution strategies inside the chosen territory (DOMAIN.md §6).</summary>
public sealed class DistributionScenarioTests
{
    [Theory]
    [InlineData(0, "ae-paris-1", 1)]
    [InlineData(1, "ae-paris-2", 2)]
    [InlineData(7, "ae-paris-2", 8)]
    public void Route_RoundRobin_StartsAtThePersistedCursorAndAdvancesIt(long cursor, string repId, long next)
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetCursor("ter-paris", cursor));

        var routed = scenario.Route(Leads.InParis("ceo@rr.fr")).AssignedTo(repId).Fired("Distribution.RoundRobin");

        Assert.Equal(new TerritoryCursor("ter-paris", next), routed.Outcome.Changes.Cursor);
    }

    [Fact]
    public void Route_RoundRobinSkipsExcludedMember_CursorMovesPastTheChosenOne()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Status = RepStatus.Away });

        var routed = scenario.Route(Leads.InParis("ceo@rr.fr")).AssignedTo("ae-paris-2");

        Assert.Equal(2, routed.Outcome.Changes.Cursor!.Position);
    }

    [Fact]
    public void Route_RoundRobinOverManyLeads_CountsDifferByAtMostOne()
    {
        var scenario = RoutingKit.Demo();
        var counts = new Dictionary<string, int>();

        for (var i = 0; i < 9; i++)
        {
            var rep = scenario.RouteAndCommit(Leads.InParis($"ceo{i}@rr-{i}.fr")).Decision.Assignee.RepId!;
            counts[rep] = counts.GetValueOrDefault(rep) + 1;
        }

        Assert.Equal(["ae-paris-1", "ae-paris-2"], counts.Keys.Order().ToArray());
        Assert.True(Math.Abs(counts["ae-paris-1"] - counts["ae-paris-2"]) <= 1, string.Join(", ", counts));
    }

    [Fact]
    public void Route_SingleOwnerTerritory_GoesToItsMember()
    {
        RoutingKit.Demo().Route(Leads.InFrance("ceo@lille.fr", "59", "Hauts-de-France", "Lille", "59000"))
            .AssignedTo("ae-nord-1").Fired("Distribution.SingleOwner");
    }

    [Fact]
    public void Route_WeightedTerritory_TopPerformerGetsTwiceTheShare()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Reps = d.Reps.Select(r => r.Id is "ae-ara-1" or "ae-ara-2" ? r with { QuotaAttainment = 0.9, Workload = r.Workload with { AssignedToday = 0 } } : r).ToList(),
        }).WithRep("ae-ara-1", r => r with { PerformanceWeight = 2.0 });
        var counts = new Dictionary<string, int>();

        for (var i = 0; i < 12; i++)
        {
            scenario.At(RoutingKit.DemoNow.AddMinutes(15 * i));
            var rep = scenario.RouteAndCommit(Leads.InFrance($"ceo{i}@lyon-{i}.fr", "69", "Auvergne-Rhone-Alpes")).Decision.Assignee.RepId!;
            counts[rep] = counts.GetValueOrDefault(rep) + 1;
        }

        Assert.Equal(8, counts["ae-ara-1"]);
        Assert.Equal(4, counts["ae-ara-2"]);
    }

    [Fact]
    public void Route_RepScoreTerritory_PicksTheHighestScore()
    {
        var lead = Leads.InFrance("dr@clinique.fr", "92", "Ile-de-France") with { Industry = "healthcare" };

        var routed = RoutingKit.Demo().Route(lead).InTerritory("ter-health-fr").Fired("Distribution.RepScore");

        var scores = routed.Trace.Distribution!.Split("; ");
        Assert.StartsWith($"RepScore picked {routed.Decision.Assignee.RepId}", scores[0], StringComparison.Ordinal);
        Assert.DoesNotContain("ae-paris-meeting", routed.Trace.Distribution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, 0.2885)] // the default: ae-paris-1 answers in 74 minutes on average
    [InlineData(74, 0.5)] // a half-score time equal to its average response: one half
    public void Route_RepScore_ResponseTimeCriterionFollowsThePolicysHalfScore(int halfScoreMinutes, double expected)
    {
        var lead = Leads.InFrance("dr@clinique.fr", "92", "Ile-de-France") with { Industry = "healthcare" };
        var scenario = RoutingKit.Demo().WithPolicy(p => p with
        {
            Capacity = p.Capacity with { RepScoreWeights = p.Capacity.RepScoreWeights with { ResponseTimeHalfScore = TimeSpan.FromMinutes(halfScoreMinutes) } },
        });

        var figures = scenario.Route(lead).InTerritory("ter-health-fr").Trace.Details!.Distribution!.Figures!;

        var responseTime = RoutingRules.Domain.Routing.Facts.DistributionFigures.RepScoreCriteria.ToList().IndexOf("responseTime");
        Assert.Equal(expected, Assert.Single(figures.Rows, r => r.RepId == "ae-paris-1").Terms[responseTime], 4);
    }

    [Fact]
    public void Route_ReferralWithoutReferrerAccount_GoesToTerritoryTopPerformer()
    {
        var lead = Leads.InFrance("ceo@ref.fr", "69", "Auvergne-Rhone-Alpes") with { Source = LeadSource.Referral, Referrer = "someone@gmail.com" };
        var scenario = RoutingKit.Demo().WithRep("ae-ara-2", r => r with { PerformanceWeight = 3.0 });

        scenario.Route(lead).AssignedTo("ae-ara-2").Fired("Distribution.ReferralTopPerformer");
    }

    [Fact]
    public void Route_TerritoryDecision_CarriesTerritoryAndReason()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@reason.fr"));

        Assert.Equal("Paris intra-muros", routed.Decision.TerritoryName);
        Assert.Equal(
            $"Routed to {routed.Decision.Assignee.RepName} ({routed.Decision.Assignee.RepId}) at level territory: territory Paris intra-muros, round-robin distribution.",
            routed.Decision.Reason);
    }
}
