using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

public sealed class RepSelectionTests
{
    [Theory]
    [InlineData(0, "r2", 2)] // r1 (member #0) is not in the pool
    [InlineData(2, "r3", 3)]
    [InlineData(3, "r2", 5)]
    public void SmallDealPool_FromThePoolsCursor_FirstPoolMemberAtOrAfterItAndTheCursorPastIt(long poolCursor, string repId, long next)
    {
        var territory = Chosen(cursor: 9, poolCursor);

        var choice = RepSelection.SmallDealPool(territory, [Eligible(territory, "r2"), Eligible(territory, "r3")]);

        Assert.Equal(repId, choice.Chosen.RepId);
        Assert.Equal(TerritoryCursor.SmallDealPool("t1", next), choice.Cursor);
        Assert.True(choice.SmallDealPool);
        Assert.Equal(poolCursor, choice.CursorBefore);
        Assert.Equal(DistributionStrategy.RoundRobin, choice.Strategy);
    }

    [Fact]
    public void RoundRobin_SameTerritory_MovesTheTerritorysOwnCursorNotThePools()
    {
        var territory = Chosen(cursor: 9, poolCursor: 2);

        var choice = RepSelection.RoundRobin(territory, [Eligible(territory, "r1"), Eligible(territory, "r2"), Eligible(territory, "r3")]);

        Assert.Equal(("r1", new TerritoryCursor("t1", 10), 9L), (choice.Chosen.RepId, choice.Cursor, choice.CursorBefore));
        Assert.False(choice.SmallDealPool);
    }

    [Fact]
    public void SmallDealPoolKey_NeverATerritoryId_AndOnePerTerritory()
    {
        Assert.Contains(TerritoryCursor.SmallDealPoolKey("t1"), char.IsControl);
        Assert.NotEqual(TerritoryCursor.SmallDealPoolKey("t1"), TerritoryCursor.SmallDealPoolKey("t2"));
        Assert.NotEqual("t1", TerritoryCursor.SmallDealPoolKey("t1"));
    }

    private static ChosenTerritory Chosen(long cursor, long poolCursor)
    {
        var territory = new Territory { Id = "t1", Name = "T1", MemberRepIds = ["r1", "r2", "r3"], Strategy = DistributionStrategy.LoadBalanced };
        return new ChosenTerritory(new TerritoryMatch(territory, VerticalMatch.None, GeographyLevel.None, false, 0, 0, cursor, poolCursor), "test");
    }

    private static EligibleCandidate Eligible(ChosenTerritory territory, string repId)
    {
        var profile = new RepProfile(new Rep { Id = repId, Name = repId, TimeZone = "Europe/Paris" }, RepWorkload.Empty, 0);
        return EligibleCandidate.From(Candidate.Of(profile, territory));
    }
}
