using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing.Facts;

/// <summary>Membership lookups of the chosen territory, scanned for small territories and indexed for large ones: the same answers.</summary>
public sealed class ChosenTerritoryTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(800)]
    public void MemberIndex_AnySize_PositionOfEachMemberAndMinusOneForOthers(int size)
    {
        var members = Enumerable.Range(0, size).Select(i => $"rep-{i}").ToList();
        var chosen = Chosen(members);

        Assert.All(Enumerable.Range(0, size), i => Assert.Equal(i, chosen.MemberIndex($"rep-{i}")));
        Assert.All(members, m => Assert.True(chosen.HasMember(m)));
        Assert.Equal(-1, chosen.MemberIndex("rep-unknown"));
        Assert.False(chosen.HasMember($"rep-{size}"));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(40)]
    public void MemberIndex_RepListedTwice_FirstPosition(int size)
    {
        var members = Enumerable.Range(0, size).Select(i => $"rep-{i}").Append("rep-1").ToList();

        Assert.Equal(1, Chosen(members).MemberIndex("rep-1"));
    }

    private static ChosenTerritory Chosen(IReadOnlyList<string> members)
    {
        var territory = new Territory { Id = "t", Name = "T", MemberRepIds = members };
        return new ChosenTerritory(new TerritoryMatch(territory, VerticalMatch.None, GeographyLevel.None, false, 0, 0, 0), "test");
    }
}
