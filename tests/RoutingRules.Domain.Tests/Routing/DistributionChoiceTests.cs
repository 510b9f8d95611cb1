using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing;

public class DistributionChoiceTests
{
    [Fact]
    public void Inputs_Deferred_DescribedOnceWhenFirstRead()
    {
        var calls = 0;
        var choice = new DistributionChoice(Candidate(), DistributionStrategy.LoadBalanced, () => $"r1: workload {++calls}", null);
        Assert.Equal(0, calls);

        Assert.Equal("r1: workload 1", choice.Inputs);
        Assert.Equal("LoadBalanced picked r1 [r1: workload 1]", choice.ToString());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Inputs_Given_ReadAsGiven() =>
        Assert.Equal("cursor 0", new DistributionChoice(Candidate(), DistributionStrategy.RoundRobin, "cursor 0", null).Inputs);

    private static Candidate Candidate()
    {
        var territory = new Territory { Id = "t1", Name = "T1", MemberRepIds = ["r1"] };
        var match = new TerritoryMatch(territory, VerticalMatch.None, GeographyLevel.None, false, 0, 0, 0);
        var profile = new RepProfile(new Rep { Id = "r1", Name = "Alice", TimeZone = "Europe/Paris" }, RepWorkload.Empty, 0);
        return new Candidate(profile, new ChosenTerritory(match, ChosenTerritory.ByNearest), 0);
    }
}
