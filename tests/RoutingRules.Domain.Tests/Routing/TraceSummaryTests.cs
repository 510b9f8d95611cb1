using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing;

public class TraceSummaryTests
{
    [Fact]
    public void Build_ClaimsAndDistribution_ReadAsTheFactsDescribeThem()
    {
        var rep = new RepProfile(new Rep { Id = "r1", Name = "Alice", TimeZone = "Europe/Paris" }, RepWorkload.Empty, 0);
        var claim = new OwnerClaim(RoutingLevel.CustomerOwner, 1, 0, rep, null, "owner of a1", RoutingFlags.None, "a1");
        var territory = new Territory { Id = "t1", Name = "T1", MemberRepIds = ["r1"] };
        var chosen = new ChosenTerritory(new TerritoryMatch(territory, VerticalMatch.None, GeographyLevel.None, false, 0, 0, 0), ChosenTerritory.ByNearest);
        var choice = new DistributionChoice(new Candidate(rep, chosen, 0), DistributionStrategy.Weighted, () => "r1: weight 1", null);
        var facts = new SessionFacts([claim, choice]);

        var trace = TraceSummary.Build(["A.Rule"], facts);

        Assert.Equal([claim.ToString()], trace.Claims);
        Assert.Equal(choice.ToString(), trace.Distribution);
        Assert.Equal(trace.Claims, (trace with { FiredRules = [] }).Claims);
    }

    [Fact]
    public void Build_NoClaimsNorDistribution_EmptyAndNull()
    {
        var trace = TraceSummary.Build([], new SessionFacts([]));

        Assert.Empty(trace.Claims);
        Assert.Null(trace.Distribution);
    }

    [Fact]
    public void Claims_Given_ReadAsGiven() => Assert.Equal(["claimed"], new RoutingTrace { Claims = ["claimed"] }.Claims);
}
