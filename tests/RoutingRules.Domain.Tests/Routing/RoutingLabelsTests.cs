using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Routing;

public sealed class RoutingLabelsTests
{
    [Theory]
    [InlineData(RoutingLevel.CustomerOwner, "customer owner")]
    [InlineData(RoutingLevel.Backup, "territory backup")]
    [InlineData(RoutingLevel.SlaEscalation, "SLA escalation")]
    public void Of_Level_IsTheExplanationsWord(RoutingLevel level, string expected) =>
        Assert.Equal(expected, RoutingLabels.Of(level));

    [Theory]
    [InlineData(DistributionStrategy.RoundRobin, "round-robin")]
    [InlineData(DistributionStrategy.LoadBalanced, "load-balanced")]
    public void Of_Strategy_IsAWordNotTheEnumName(DistributionStrategy strategy, string expected) =>
        Assert.Equal(expected, RoutingLabels.Of(strategy));

    [Fact]
    public void SmallDealPool_IsTheExplanationsWord() =>
        Assert.Equal("small-deal pool round-robin", RoutingLabels.SmallDealPool);

    [Fact]
    public void Of_EveryLevelAndStrategy_HasALabelInTheCatalogue()
    {
        var english = MessageCatalog.For("en");

        Assert.All(Enum.GetValues<RoutingLevel>(), level => Assert.True(english.Has("level." + level), $"level.{level} has no label"));
        Assert.All(Enum.GetValues<DistributionStrategy>(), strategy => Assert.True(english.Has("strategy." + strategy), $"strategy.{strategy} has no label"));
        Assert.All(Enum.GetValues<RoutingLevel>(), level => Assert.Equal(english.Label("level", level.ToString()), RoutingLabels.Of(level)));
    }
}
